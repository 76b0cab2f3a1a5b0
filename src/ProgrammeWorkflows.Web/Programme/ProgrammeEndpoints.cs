using ProgrammeWorkflows.Web.Security;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Programme;

namespace ProgrammeWorkflows.Web.Programme;

/// <summary>What the start answers: the instance, whether this call started it, and the clock it runs on.</summary>
public sealed record ProgrammeStartResponse(string InstanceId, bool Started, DateTimeOffset ProgrammeOrigin, DateTimeOffset WallOrigin, double Speed);

/// <summary>
/// <c>POST /api/programme/start</c>: loads the programme and directory and starts the programme orchestration, once.
/// Without a body, programme time is wall time. Answers 202 when it started it (recorded in the audit log with who), 200 when it was already started.
/// </summary>
public static class ProgrammeEndpoints
{
    public const string StartRoute = "api/programme/start";

    public static IEndpointRouteBuilder MapProgramme(this IEndpointRouteBuilder app, string programmeId)
    {
        app.MapGroup(string.Empty).RequireAccess(RouteAccess.Administer)
            .MapPost("/" + StartRoute, (HttpRequest request, [FromServices] IProgrammeCatalog catalog, [FromServices] ProgrammeStarter starter, [FromServices] IAuditLog audit, [FromServices] TimeProvider time, [FromServices] DurableTaskClient client) =>
                StartAsync(request, catalog, starter, audit, time, client, programmeId));
        return app;
    }

    public static async Task<Results<Accepted<ProgrammeStartResponse>, Ok<ProgrammeStartResponse>, ProblemHttpResult>> StartAsync(
        HttpRequest request, IProgrammeCatalog catalog, ProgrammeStarter starter, IAuditLog audit, TimeProvider time, DurableTaskClient client, string programmeId)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(starter);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(time);
        var (asked, refusal) = await ProgrammeStartRequest.ReadAsync(request, catalog.Load(programmeId).Items.Count);
        if (asked is null)
            return refusal!;

        var run = new ProgrammeRun(programmeId, asked.ClockFrom(time.GetUtcNow()), ProduceAnnualReports: false, asked.Items);
        var started = await starter.StartAsync(client, run, request.HttpContext.RequestAborted);
        if (started.Started)
        {
            var by = ProgrammePrincipal.Of(request.HttpContext);
            var now = time.GetUtcNow();
            await audit.RecordAsync(
                new AuditEntry(programmeId, now, started.Clock.ToProgramme(now), by.Name, "programme:start", started.InstanceId, asked.Items is { } items ? $"items {string.Join(", ", items)}, speed {started.Clock.Speed}" : $"every item, speed {started.Clock.Speed}", by.Id),
                request.HttpContext.RequestAborted);
        }

        var response = new ProgrammeStartResponse(started.InstanceId, started.Started, started.Clock.ProgrammeOrigin, started.Clock.WallOrigin, started.Clock.Speed);
        return started.Started ? TypedResults.Accepted((string?)null, response) : TypedResults.Ok(response);
    }
}
