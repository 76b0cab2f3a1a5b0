using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Programme;

namespace ProgrammeWorkflows.Workflows.AnnualReports;

/// <summary>
/// What a wall-clock schedule (the Functions timer) asks: which annual reports are due on the programme's own clock,
/// and each started once. A programme that is not running has none due; the reports due are those of the programme's
/// years whose report day has come on its clock (so a compressed or shifted clock reports on 1997-1999, never on the
/// wall clock's year). Each report is as of its own day, and starts only if no production of that year exists yet.
/// </summary>
public sealed class AnnualReportSchedule(IProgrammeCatalog catalog, TimeProvider time)
{
    /// <summary>The instance ids of the annual report orchestrations this call started (none when nothing new is due).</summary>
    public async Task<IReadOnlyList<string>> StartDueAsync(DurableTaskClient client, string programmeId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var programme = catalog.Load(programmeId);
        var running = await client.GetInstanceAsync(programmeId, getInputsAndOutputs: true, cancellationToken);
        if (running?.ReadInputAs<ProgrammeRun>()?.Clock is not { } clock)
            return [];

        var today = clock.ProgrammeDayOf(time.GetUtcNow());
        var started = new List<string>();
        foreach (var due in ProgrammeSchedule.AnnualReportsDueBy(programme, today))
        {
            var run = new AnnualReportRun(programmeId, due.Year, clock, On: due.On);
            if (await client.GetInstanceAsync(run.InstanceId, cancellationToken) is not null)
                continue;
            await client.ScheduleNewOrchestrationInstanceAsync(nameof(AnnualReportOrchestrator), run, new StartOrchestrationOptions { InstanceId = run.InstanceId }, cancellationToken);
            started.Add(run.InstanceId);
        }

        return started;
    }
}
