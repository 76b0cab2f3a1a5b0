using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using ProgrammeWorkflows.Domain.Programme;
using ProgrammeWorkflows.Workflows.AnnualReports;
using ProgrammeWorkflows.Workflows.Time;

namespace ProgrammeWorkflows.Functions.AnnualReports;

/// <summary>
/// Starts the annual report orchestration for the year just ended, on the schedule in the app setting
/// <c>AnnualReportSchedule</c> (a CRON expression, e.g. <c>0 0 6 31 1 *</c>: 31 January, 06:00 UTC). Once a year: the
/// instance id names the year, so a second firing starts nothing new.
/// </summary>
public sealed class AnnualReportTimer(IConfiguration configuration, TimeProvider time)
{
    [Function(nameof(AnnualReportTimer))]
    public async Task RunAsync([TimerTrigger("%AnnualReportSchedule%")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var now = time.GetUtcNow();
        var run = new AnnualReportRun(configuration["Programme:Id"] ?? BuiltInProgrammes.CustomsActionProgramme1997, now.Year - 1, ProgrammeClock.RealTime(now));
        if (await client.GetInstanceAsync(run.InstanceId, cancellationToken) is null)
            await client.ScheduleNewOrchestrationInstanceAsync(nameof(AnnualReportOrchestrator), run, new StartOrchestrationOptions { InstanceId = run.InstanceId }, cancellationToken);
    }
}
