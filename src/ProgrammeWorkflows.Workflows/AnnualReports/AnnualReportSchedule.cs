using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Programme;

namespace ProgrammeWorkflows.Workflows.AnnualReports;

/// <summary>
/// What a wall-clock schedule (the Functions timer) asks: which annual report is due on the programme's own clock, started
/// once. A programme that is not running has none due; the one due is that of the programme year just ended on its
/// clock (<see cref="ProgrammeSchedule.AnnualReportDueOn"/>), so a compressed or shifted clock reports on 1997-1999, never
/// on the wall clock's year. It is as of its own day, and starts only if no production of that year exists yet.
/// </summary>
public sealed class AnnualReportSchedule(IProgrammeCatalog catalog, TimeProvider time)
{
    /// <summary>The instance id of the annual report orchestration this call started; null when nothing new is due.</summary>
    public async Task<string?> StartDueAsync(DurableTaskClient client, string programmeId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var programme = catalog.Load(programmeId);
        var running = await client.GetInstanceAsync(programmeId, getInputsAndOutputs: true, cancellationToken);
        if (running?.ReadInputAs<ProgrammeRun>()?.Clock is not { } clock)
            return null;

        if (ProgrammeSchedule.AnnualReportDueOn(programme, clock.ProgrammeDayOf(time.GetUtcNow())) is not { } due)
            return null;
        var run = new AnnualReportRun(programmeId, due.Year, clock, On: due.On);
        if (await client.GetInstanceAsync(run.InstanceId, cancellationToken) is not null)
            return null;
        await client.ScheduleNewOrchestrationInstanceAsync(nameof(AnnualReportOrchestrator), run, new StartOrchestrationOptions { InstanceId = run.InstanceId }, cancellationToken);
        return run.InstanceId;
    }
}
