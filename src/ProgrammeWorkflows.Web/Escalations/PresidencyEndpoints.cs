using Microsoft.Extensions.DependencyInjection;
using ProgrammeWorkflows.Web.Errors;
using ProgrammeWorkflows.Web.Pages;
using ProgrammeWorkflows.Web.Requests;
using ProgrammeWorkflows.Web.Security;
using ProgrammeWorkflows.Workflows.Intake;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Web.Escalations;

/// <summary>
/// <c>GET /presidency</c>: the escalation queue, oldest first, with counts per party and per item, and, for one who may
/// decide, a form per escalation for each decision it allows (<c>POST /presidency/escalations/{id}/{action}</c>). The forms are
/// authenticated by a cookie, so each carries an antiforgery token and a post from another site is refused (<see cref="PageForms"/>).
/// </summary>
public static class PresidencyEndpoints
{
    public const string Route = "presidency";
    public const string DecideRoute = "presidency/escalations/{id}/{action}";

    public static IEndpointRouteBuilder MapPresidency(this IEndpointRouteBuilder app, string programmeId)
    {
        app.MapGroup(string.Empty).RequireAccess(RouteAccess.Read, pages: true)
            .MapGet("/" + Route, (HttpContext http, [FromServices] IEscalationStore escalations) => ShowAsync(http, escalations, programmeId));
        app.MapGroup(string.Empty).RequireAccess(RouteAccess.Decide)
            .MapPost("/" + DecideRoute, (string id, string action, HttpRequest request, [FromServices] EscalationDecisions decisions, [FromServices] DurableTaskClient client) =>
                DecideAsync(id, action, request, decisions, client, programmeId));
        return app;
    }

    public static async Task<IResult> ShowAsync(HttpContext http, IEscalationStore escalations, string programmeId)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(escalations);
        var reader = ProgrammePrincipal.Of(http);
        var all = await escalations.ListAsync(programmeId, http.RequestAborted);
        var queue = all.Where(e => e.AwaitsPresidency).OrderBy(e => e.RaisedAt).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        var decided = all.Where(e => e.IsClosed).OrderByDescending(e => e.ResolvedAt).Take(50).ToList();

        return PageResult.Of<PresidencyQueue>("Escalation queue", new Dictionary<string, object?>
        {
            [nameof(PresidencyQueue.Done)] = http.Request.Query["done"].ToString(),
            [nameof(PresidencyQueue.Queue)] = queue,
            [nameof(PresidencyQueue.Decided)] = decided,
            [nameof(PresidencyQueue.DecidedCount)] = all.Count - queue.Count,
            [nameof(PresidencyQueue.Tokens)] = reader.May(RouteAccess.Decide) ? PageForms.IssueTokens(http) : null,
            [nameof(PresidencyQueue.SignedIn)] = reader,
        });
    }

    /// <summary>A decision from the page's form: refused from another site or without its token; taken as the API takes it, then back to the queue.</summary>
    public static async Task<Results<RedirectHttpResult, ProblemHttpResult>> DecideAsync(
        string id, string action, HttpRequest request, EscalationDecisions decisions, DurableTaskClient client, string programmeId)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (PageForms.RefuseCrossSite(request) is { } crossSite)
            return crossSite;
        if (!request.HasFormContentType)
            return Problems.Unsupported("The decision must be a form");
        var (form, unreadable) = await FormBody.ReadAsync(request);
        if (form is null)
            return unreadable!;
        if (await PageForms.RefuseWithoutTokenAsync(request.HttpContext) is { } forged)
            return forged;
        var newDueDate = form["newDueDate"].ToString() is { Length: > 0 } date ? date : null;
        var (asked, refusal) = DecisionAsked.Read(action, form["reason"], newDueDate);
        if (asked is null)
            return refusal!;
        return (await EscalationEndpoints.TakeAsync(id, asked, request.HttpContext, decisions, client, programmeId)).Result switch
        {
            Ok<EscalationView> { Value: { } decided } =>
                TypedResults.Redirect($"/{Route}?done={Uri.EscapeDataString($"Escalation {decided.Id}: {action} recorded.")}", permanent: false, preserveMethod: false),
            ProblemHttpResult problem => problem,
            var other => throw new InvalidOperationException($"a decision answered {other?.GetType().Name}"),
        };
    }
}
