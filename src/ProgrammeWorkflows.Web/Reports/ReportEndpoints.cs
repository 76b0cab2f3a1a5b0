using System.Globalization;
using Microsoft.DurableTask;
using ProgrammeWorkflows.Adapters.Reports;
using ProgrammeWorkflows.Domain.Programme;
using ProgrammeWorkflows.Web.Errors;
using ProgrammeWorkflows.Web.Requests;
using ProgrammeWorkflows.Web.Security;
using ProgrammeWorkflows.Workflows.AnnualReports;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Programme;
using ProgrammeWorkflows.Workflows.Time;

namespace ProgrammeWorkflows.Web.Reports;

/// <summary>What <c>POST /api/reports/annual/{year}</c> answers: the orchestration producing the report.</summary>
public sealed record AnnualReportStart(string InstanceId, int Year);

/// <summary>The year of <c>POST /api/reports/annual/{year}</c>: one of the programme's years.</summary>
public sealed record AnnualReportYear(int Year)
{
    public static Checked<AnnualReportYear> Read(string year, ProgrammeDefinition programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && programme.Period.Years.Contains(number)
            ? new AnnualReportYear(number)
            : Problems.Invalid("No annual report for that year", "year", $"\"{year}\" is not a year of the programme ({string.Join(", ", programme.Period.Years)})");
    }
}

/// <summary>
/// <c>GET /api/reports</c> lists the reports produced (every version); <c>GET /reports/{id}</c> shows one, rendered from
/// its stored model: HTML by default, <c>?format=md</c> Markdown, <c>?format=csv</c> its submissions (or, for an annual
/// report, <c>?format=matrix.csv</c> the items x parties matrix). <c>POST /api/reports/annual/{year}</c> produces the
/// annual report of a programme year now (a new version if one exists), as the timer does on its date; <c>report annual
/// --year</c> calls it. That report is dated on the programme's clock when the programme runs, else on the year's report
/// date: 202 when started (recorded in the audit log with who asked); 409 while the year's report is being produced.
/// </summary>
public static class ReportEndpoints
{
    public const string ListRoute = "api/reports";
    public const string ShowRoute = "reports/{id}";
    public const string AnnualRoute = "api/reports/annual/{year}";

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app, string programmeId)
    {
        var api = app.MapGroup(string.Empty).RequireAccess(RouteAccess.Read);
        api.MapGet("/" + ListRoute, ([FromServices] IReportStore reports, CancellationToken cancellation) => ListAsync(reports, programmeId, cancellation));
        api.MapGet("/" + ShowRoute, (string id, HttpRequest request, [FromServices] IReportStore reports) => ShowAsync(id, request, reports, programmeId));
        app.MapGroup(string.Empty).RequireAccess(RouteAccess.Administer).MapPost("/" + AnnualRoute, (string year, HttpContext http, [FromServices] IProgrammeCatalog catalog, [FromServices] IAuditLog audit, [FromServices] TimeProvider time, [FromServices] DurableTaskClient client) =>
            ProduceAnnualAsync(year, http, catalog, audit, time, client, programmeId));
        return app;
    }

    public static async Task<Ok<IReadOnlyList<StoredReport>>> ListAsync(IReportStore reports, string programmeId, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return TypedResults.Ok(await reports.ListAsync(programmeId, cancellation));
    }

    public static async Task<Results<ContentHttpResult, FileContentHttpResult, ProblemHttpResult>> ShowAsync(string id, HttpRequest request, IReportStore reports, string programmeId)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reports);
        var cancellation = request.HttpContext.RequestAborted;
        var stored = (await reports.ListAsync(programmeId, cancellation)).FirstOrDefault(r => r.Id == id);
        if (stored is null || await reports.GetModelJsonAsync(programmeId, id, cancellation) is not { } json)
            return Problems.NotFound("No such report", $"There is no report \"{id}\"; GET /api/reports lists them.");

        var format = request.Query["format"].ToString() is { Length: > 0 } asked ? asked : ReportFormats.Html;
        if (await ReportFormats.RenderAsync(stored.Kind, json, format) is not { } rendered)
            return Problems.Invalid("Unknown report format", "format", $"\"{format}\" is not one of {string.Join(", ", ReportFormats.Of(stored.Kind))}");
        return rendered.ContentType.StartsWith("text/csv", StringComparison.Ordinal)
            ? TypedResults.File(System.Text.Encoding.UTF8.GetBytes(rendered.Content), rendered.ContentType, id + rendered.FileSuffix)
            : TypedResults.Text(rendered.Content, rendered.ContentType);
    }

    public static async Task<Results<Accepted<AnnualReportStart>, ProblemHttpResult>> ProduceAnnualAsync(
        string year, HttpContext http, IProgrammeCatalog catalog, IAuditLog audit, TimeProvider time, DurableTaskClient client, string programmeId)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(client);
        var cancellation = http.RequestAborted;
        var programme = catalog.Load(programmeId);
        var (asked, refusal) = AnnualReportYear.Read(year, programme);
        if (asked is null)
            return refusal!;

        var now = time.GetUtcNow();
        // On the programme's own clock when it runs; otherwise dated the day the timer would have produced it, so the
        // report reads the year as of then (and the Presidency of then receives it).
        var running = await client.GetInstanceAsync(programmeId, getInputsAndOutputs: true, cancellation);
        var clock = running?.ReadInputAs<ProgrammeRun>()?.Clock ?? ProgrammeClock.Starting(programme.FollowUp.AnnualReport.In(asked.Year + 1), now, 1);
        // Two requests can fall on the same programme time (a programme not running is dated on the report's day): each is a production of its own.
        var run = new AnnualReportRun(programmeId, asked.Year, clock, Guid.NewGuid().ToString("N"));
        if (await client.GetInstanceAsync(run.InstanceId, cancellation) is { RuntimeStatus: OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Running })
        {
            return Problems.Conflict(
                "The report is being produced", $"The annual report for {asked.Year} is being produced ({run.InstanceId}); GET /api/reports lists it when it is ready.");
        }

        await client.ScheduleNewOrchestrationInstanceAsync(nameof(AnnualReportOrchestrator), run, new StartOrchestrationOptions { InstanceId = run.InstanceId }, cancellation);
        var by = ProgrammePrincipal.Of(http);
        await audit.RecordAsync(new AuditEntry(programmeId, now, clock.ToProgramme(now), by.Name, "annual-report:produce", run.InstanceId, $"annual report {asked.Year}", by.Id), cancellation);
        return TypedResults.Accepted((string?)null, new AnnualReportStart(run.InstanceId, asked.Year));
    }
}
