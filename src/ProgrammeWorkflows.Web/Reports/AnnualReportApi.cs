using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using ProgrammeWorkflows.Workflows.AnnualReports;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Programme;
using ProgrammeWorkflows.Workflows.Time;

namespace ProgrammeWorkflows.Web.Reports;

/// <summary>What <c>POST /api/reports/annual/{year}</c> answers: the orchestration producing the report.</summary>
public sealed record AnnualReportStart(string InstanceId, int Year);

/// <summary>
/// <c>POST /api/reports/annual/{year}</c>: produces the annual report of a programme year now (a new version if one
/// exists), as the timer does on its date; <c>report annual --year</c> calls it. The report is dated on the programme's
/// clock when the programme runs, else on the year's report date. 202 when started; 409 while the year's report is being produced.
/// </summary>
public static class AnnualReportApi
{
    public const string Route = "api/reports/annual/{year}";

    public static async Task<IResult> ProduceAsync(string year, HttpContext http, DurableTaskClient client, string programmeId)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(client);
        var programme = http.RequestServices.GetRequiredService<IProgrammeCatalog>().Load(programmeId);
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || !programme.Period.Years.Contains(number))
        {
            return Results.ValidationProblem(
                new Dictionary<string, string[]> { ["year"] = [$"\"{year}\" is not a year of the programme ({string.Join(", ", programme.Period.Years)})"] },
                title: "No annual report for that year");
        }

        var cancellation = http.RequestAborted;
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        // On the programme's own clock when it runs; otherwise dated the day the timer would have produced it, so the
        // report reads the year as of then (and the Presidency of then receives it).
        var running = await client.GetInstanceAsync(programmeId, getInputsAndOutputs: true, cancellation);
        var clock = running?.ReadInputAs<ProgrammeRun>()?.Clock ?? ProgrammeClock.Starting(programme.FollowUp.AnnualReport.In(number + 1), now, 1);
        // Two requests can fall on the same programme time (a programme not running is dated on the report's day): each is a production of its own.
        var run = new AnnualReportRun(programmeId, number, clock, Guid.NewGuid().ToString("N"));
        if (await client.GetInstanceAsync(run.InstanceId, cancellation) is { RuntimeStatus: OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Running })
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The report is being produced", detail: $"The annual report for {number} is being produced ({run.InstanceId}); GET /api/reports lists it when it is ready.");

        await client.ScheduleNewOrchestrationInstanceAsync(nameof(AnnualReportOrchestrator), run, new StartOrchestrationOptions { InstanceId = run.InstanceId }, cancellation);
        return Results.Accepted(value: new AnnualReportStart(run.InstanceId, number));
    }
}
