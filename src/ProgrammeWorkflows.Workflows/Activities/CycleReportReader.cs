using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Domain.Reports;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Workflows.Activities;

/// <summary>The one way to read an item cycle's consolidated content from the stores, as of a programme date.</summary>
public sealed class CycleReportReader(IProgrammeCatalog catalog, IDelegateDirectorySource directory, ISubmissionStore submissions, IEscalationStore escalations, IItemCycleStore cycles)
{
    /// <param name="allEscalations">The programme's escalations, when the caller has read them already.</param>
    /// <param name="cycleSubmissions">The cycle's submissions, when the caller has read them already.</param>
    public async Task<ConsolidatedReport> ReadAsync(ItemCycle cycle, DateOnly asOf, IReadOnlyList<Domain.Escalations.Escalation>? allEscalations = null, IReadOnlyList<Domain.Submissions.Submission>? cycleSubmissions = null)
    {
        var programme = catalog.Load(cycle.ProgrammeId);
        var stored = cycleSubmissions ?? await submissions.ListAsync(cycle.ProgrammeId, cycle.Item, cycle.Cycle);
        var escalationsOfProgramme = allEscalations ?? await escalations.ListAsync(cycle.ProgrammeId);
        var state = await cycles.GetAsync(cycle.ProgrammeId, cycle.Item, cycle.Cycle);
        var closed = state?.ClosedAt is { } closedAt && DateOnly.FromDateTime(closedAt.UtcDateTime) <= asOf;

        // A cycle never opened although its day has come was not followed up (the programme runs other items only).
        var followedUp = state is not null || asOf < cycle.Opens;
        return ConsolidatedReport.Build(
            programme,
            cycle,
            stored,
            [.. escalationsOfProgramme.Where(e => e.Item == cycle.Item && e.Cycle == cycle.Cycle)],
            directory.Current,
            asOf,
            closed,
            followedUp);
    }
}
