using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Web.Errors;
using ProgrammeWorkflows.Web.Requests;
using ProgrammeWorkflows.Web.Security;
using ProgrammeWorkflows.Workflows.Intake;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Web.Escalations;

/// <summary>
/// The Presidency's escalation queue: <c>GET /api/escalations</c> (filters state, party, item, presidency, level;
/// paging) and <c>POST /api/escalations/{id}/{acknowledge|extend|waive|resolve}</c>, each decision stored with who (the signed-in
/// principal's name and id) and when, then raised to the item orchestration. A decision the escalation does not allow is refused with 409 and the reason.
/// </summary>
public static class EscalationEndpoints
{
    public const string ListRoute = "api/escalations";
    public const string DecideRoute = "api/escalations/{id}/{action}";

    public static IEndpointRouteBuilder MapEscalations(this IEndpointRouteBuilder app, string programmeId)
    {
        app.MapGroup(string.Empty).RequireAccess(RouteAccess.Read).MapGet("/" + ListRoute, (HttpRequest request, [FromServices] IEscalationStore escalations) => ListAsync(request, escalations, programmeId));
        app.MapGroup(string.Empty).RequireAccess(RouteAccess.Decide).MapPost("/" + DecideRoute, (string id, string action, HttpRequest request, [FromServices] EscalationDecisions decisions, [FromServices] DurableTaskClient client) =>
            DecideAsync(id, action, request, decisions, client, programmeId));
        return app;
    }

    public static async Task<Results<Ok<EscalationPage>, ProblemHttpResult>> ListAsync(HttpRequest request, IEscalationStore escalations, string programmeId)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(escalations);
        var (query, refusal) = EscalationQuery.Read(request.Query);
        if (query is null)
            return refusal!;

        var matching = (await escalations.ListAsync(programmeId, request.HttpContext.RequestAborted))
            .Where(query.Matches)
            .OrderBy(e => e.RaisedAt)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var page = matching.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).Select(EscalationView.Of);
        return TypedResults.Ok(new EscalationPage([.. page], query.Page, query.PageSize, matching.Count));
    }

    public static async Task<Results<Ok<EscalationView>, ProblemHttpResult>> DecideAsync(
        string id, string action, HttpRequest request, EscalationDecisions decisions, DurableTaskClient client, string programmeId)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, unreadable) = await JsonBody.ReadAsync<DecisionBody>(
            request, "The decision is not valid", ("The decision must be JSON", "Send Content-Type: application/json with {\"reason\": \"...\"} (and \"newDueDate\" to extend)."));
        if (body is null)
            return unreadable!;
        var (asked, refusal) = DecisionAsked.Read(action, body.Reason, body.NewDueDate);
        if (asked is null)
            return refusal!;
        return await TakeAsync(id, asked, request.HttpContext, decisions, client, programmeId);
    }

    /// <summary>The one way a decision is taken, for the API and the Presidency page: stored by the escalation's rules, then raised.</summary>
    public static async Task<Results<Ok<EscalationView>, ProblemHttpResult>> TakeAsync(
        string id, DecisionAsked asked, HttpContext http, EscalationDecisions decisions, DurableTaskClient client, string programmeId)
    {
        ArgumentNullException.ThrowIfNull(asked);
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(decisions);
        var by = ProgrammePrincipal.Of(http);
        try
        {
            var decided = await decisions.DecideAsync(client, programmeId, id, new DecisionRequest(asked.Decision, by.Name, asked.Reason, asked.NewDueDate, by.Id), cancellationToken: http.RequestAborted);
            return decided is null
                ? Problems.NotFound("No such escalation", $"There is no escalation \"{id}\".")
                : TypedResults.Ok(EscalationView.Of(decided));
        }
        catch (IllegalTransitionException e)
        {
            return Problems.Conflict("The decision is not possible", e.Message);
        }
    }
}
