using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Workflows.Intake;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Web.Escalations;

/// <summary>
/// The Presidency's escalation queue: <c>GET /api/escalations</c> (filters state, party, item, presidency, level;
/// paging) and <c>POST /api/escalations/{id}/{acknowledge|extend|waive|resolve}</c>, each decision stored with who and
/// when, then raised to the item orchestration. Illegal transitions are refused with 409 and the reason.
/// </summary>
public static class EscalationApi
{
    public const string ListRoute = "api/escalations";
    public const string DecideRoute = "api/escalations/{id}/{action}";
    public const int MaxPageSize = 200;
    public const int MaxReasonLength = Escalation.MaxReasonLength;

    private static readonly string[] States = [.. Enum.GetValues<EscalationState>().Select(s => s.ToName())];

    public static async Task<IResult> ListAsync(HttpRequest request, string programmeId)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? One(string name)
        {
            if (query[name].Count > 1)
                errors[name] = ["give it once"];
            return query[name].Count == 0 ? null : query[name].ToString();
        }

        var state = One("state");
        if (state is not null && !States.Contains(state))
            errors["state"] = [$"one of {string.Join(", ", States)}"];
        var party = One("party");
        var presidency = One("presidency");
        int? Number(string name, int min, int max)
        {
            var raw = One(name);
            if (raw is null)
                return null;
            if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
                return value;
            errors[name] = [$"a whole number from {min} to {max}"];
            return null;
        }

        var item = Number("item", 1, 999);
        var level = Number("level", 1, 2);
        var page = Number("page", 1, 100_000) ?? 1;
        var pageSize = Number("pageSize", 1, MaxPageSize) ?? 50;
        if (errors.Count > 0)
            return Results.ValidationProblem(errors, title: "The escalation query is not valid");

        var all = await request.HttpContext.RequestServices.GetRequiredService<IEscalationStore>().ListAsync(programmeId, request.HttpContext.RequestAborted);
        var matching = all
            .Where(e => state is null || e.State.ToName() == state)
            .Where(e => party is null || e.Party == party)
            .Where(e => item is null || e.Item == item)
            .Where(e => presidency is null || e.Presidency == presidency)
            .Where(e => level is null || e.Level == level)
            .OrderBy(e => e.RaisedAt)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        return Results.Ok(new EscalationPage([.. matching.Skip((page - 1) * pageSize).Take(pageSize).Select(EscalationView.Of)], page, pageSize, matching.Count));
    }

    public static async Task<IResult> DecideAsync(string id, string action, HttpRequest request, DurableTaskClient client, string programmeId)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasJsonContentType())
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "The decision must be JSON", detail: "Send Content-Type: application/json with {\"reason\": \"...\"} (and \"newDueDate\" to extend).");
        DecisionBody? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<DecisionBody>(request.Body, ApiJson.Strict, request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [e.Message] }, title: "The decision is not valid");
        }

        return await DecideCoreAsync(request.HttpContext, client, programmeId, id, action, body?.Reason, body?.NewDueDate, r => Results.Ok(r));
    }

    /// <summary>The one way a decision is taken, for the API and the Presidency page: validated, stored, raised.</summary>
    public static async Task<IResult> DecideCoreAsync(HttpContext http, DurableTaskClient client, string programmeId, string id, string action, string? reason, string? newDueDate, Func<EscalationView, IResult> answer)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(answer);
        if (!PresidencyDecisions.TryParse(action, out var decision))
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such decision", detail: "The decisions are acknowledge, extend, waive and resolve.");

        var errors = new Dictionary<string, string[]>(Escalation.ProblemsOf(decision, reason, newDueDate is not null), StringComparer.Ordinal);
        DateOnly? due = null;
        if (newDueDate is not null && decision == PresidencyDecision.Extend)
        {
            if (DateOnly.TryParseExact(newDueDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                due = parsed;
            else
                errors["newDueDate"] = [$"\"{newDueDate}\" is not a date (yyyy-MM-dd)"];
        }

        if (errors.Count > 0)
            return Results.ValidationProblem(errors, title: "The decision is not valid");

        var by = http.Request.Headers["X-MS-CLIENT-PRINCIPAL-NAME"].ToString() is { Length: > 0 } principal ? principal : "Presidency";
        var decisions = http.RequestServices.GetRequiredService<EscalationDecisions>();
        try
        {
            var decided = await decisions.DecideAsync(client, programmeId, id, new DecisionRequest(decision, by, reason?.Trim() ?? string.Empty, due), cancellationToken: http.RequestAborted);
            return decided is null
                ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such escalation", detail: $"There is no escalation \"{id}\".")
                : answer(EscalationView.Of(decided));
        }
        catch (IllegalTransitionException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The decision is not possible", detail: e.Message);
        }
    }
}
