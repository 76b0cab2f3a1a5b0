using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Domain.Submissions;

namespace ProgrammeWorkflows.Workflows.Ports;

/// <summary>Every version of every submission. Written before any event is raised (store first, then signal).</summary>
public interface ISubmissionStore
{
    /// <summary>
    /// Stores a new version for the party (the next number, under optimistic concurrency) and returns it. Each attempt is
    /// stamped when it is made (<see cref="Submission.ReceivedAt"/>, and the programme time through
    /// <paramref name="programmeTimeOf"/> when given), so the order of versions is the order of time even when two race.
    /// </summary>
    Task<Submission> AppendAsync(Submission draft, Func<DateTimeOffset, DateTimeOffset>? programmeTimeOf = null, CancellationToken cancellationToken = default);

    /// <summary>All versions of every item cycle of a programme, by item, cycle, party and version.</summary>
    Task<IReadOnlyList<Submission>> ListAsync(string programmeId, CancellationToken cancellationToken = default);

    /// <summary>All versions of all parties of an item cycle, oldest first.</summary>
    Task<IReadOnlyList<Submission>> ListAsync(string programmeId, int item, string cycle, CancellationToken cancellationToken = default);

    /// <summary>All versions of one party on an item cycle, oldest first.</summary>
    Task<IReadOnlyList<Submission>> ListAsync(string programmeId, int item, string cycle, string party, CancellationToken cancellationToken = default);
}

/// <summary>Escalations of missed deadlines, with the history of their decisions.</summary>
public interface IEscalationStore
{
    /// <summary>Stores the escalation unless one with its id exists; returns the stored one either way (raising twice raises once).</summary>
    Task<Escalation> AddIfAbsentAsync(Escalation escalation, CancellationToken cancellationToken = default);

    Task<Escalation?> GetAsync(string programmeId, string id, CancellationToken cancellationToken = default);

    /// <summary>Applies a change under optimistic concurrency, retrying on a concurrent update; the change may refuse by throwing.</summary>
    Task<Escalation> UpdateAsync(string programmeId, string id, Func<Escalation, Escalation> change, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Escalation>> ListAsync(string programmeId, CancellationToken cancellationToken = default);
}

/// <summary>Whether an item cycle is open (answers accepted) or closed, and when.</summary>
public sealed record ItemCycleState(string ProgrammeId, int Item, string Cycle, CycleKind Kind, DateOnly Opens, DateOnly Due, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt, string? ReportId)
{
    public bool IsClosed => ClosedAt is not null;
}

public interface IItemCycleStore
{
    Task OpenAsync(ItemCycle cycle, DateTimeOffset openedAt, CancellationToken cancellationToken = default);

    Task CloseAsync(string programmeId, int item, string cycle, DateTimeOffset closedAt, string? reportId, CancellationToken cancellationToken = default);

    Task<ItemCycleState?> GetAsync(string programmeId, int item, string cycle, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ItemCycleState>> ListAsync(string programmeId, CancellationToken cancellationToken = default);
}
