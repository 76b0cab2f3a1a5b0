using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Domain.Reports;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Workflows.Activities;

/// <summary>The one way to read an item cycle's consolidated content from the stores, as of a programme date.</summary>
public sealed class CycleReportReader(IProgrammeCatalog catalog, IDelegateDirectorySource directory, ISubmissionStore submissions, IEscalationStore escalations, IItemCycleStore cycles)
{
    public async Task<ConsolidatedReport> ReadAsync(ItemCycle cycle, DateOnly asOf, IReadOnlyList<Domain.Escalations.Escalation>? allEscalations = null)
    {
        var programme = catalog.Load(cycle.ProgrammeId);
        var stored = await submissions.ListAsync(cycle.ProgrammeId, cycle.Item, cycle.Cycle);
        var escalationsOfProgramme = allEscalations ?? await escalations.ListAsync(cycle.ProgrammeId);
        var state = await cycles.GetAsync(cycle.ProgrammeId, cycle.Item, cycle.Cycle);
        var closed = state?.ClosedAt is { } closedAt && DateOnly.FromDateTime(closedAt.UtcDateTime) <= asOf;
        return ConsolidatedReport.Build(
            programme,
            cycle,
            stored,
            [.. escalationsOfProgramme.Where(e => e.Item == cycle.Item && e.Cycle == cycle.Cycle)],
            directory.Current,
            asOf,
            closed);
    }
}
