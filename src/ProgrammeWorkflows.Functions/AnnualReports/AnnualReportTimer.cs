using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using ProgrammeWorkflows.Functions.Programme;
using ProgrammeWorkflows.Workflows.AnnualReports;

namespace ProgrammeWorkflows.Functions.AnnualReports;

/// <summary>
/// On the schedule in the app setting <c>AnnualReportSchedule</c> (a CRON expression, e.g. <c>0 0 6 31 1 *</c>:
/// 31 January, 06:00 UTC), asks the programme which annual report is due on its own clock, the programme year just
/// ended, and starts it once (<see cref="AnnualReportSchedule"/>): never a report of the wall clock's year, nothing for a
/// year outside the programme or while no programme runs.
/// </summary>
public sealed class AnnualReportTimer(FollowedProgramme programme, AnnualReportSchedule schedule, ILogger<AnnualReportTimer> log)
{
    [Function(nameof(AnnualReportTimer))]
    public async Task RunAsync([TimerTrigger("%AnnualReportSchedule%")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken)
    {
        var programmeId = programme.Id;
        var started = await schedule.StartDueAsync(client, programmeId, cancellationToken);
        log.LogInformation("Annual report of {Programme} started: {Started}", programmeId, started ?? "none due");
    }
}
