namespace ProgrammeWorkflows.Domain.Escalations;

public enum EscalationState
{
    Open,
    Acknowledged,
    Extended,
    Waived,
    Resolved,

    /// <summary>The party missed the extended date too: a new escalation (the next round) replaced this one.</summary>
    Superseded,
}

public enum DecisionKind
{
    Acknowledge,
    Extend,
    Waive,
    Resolve,

    /// <summary>Not a Presidency decision: the party's late submission resolves its escalation.</summary>
    LateSubmission,

    /// <summary>Not a Presidency decision: the deadline is 30 days past (policy), the escalation goes to level 2.</summary>
    SecondLevel,

    /// <summary>Not a Presidency decision: the party missed the extended date, and the next round's escalation replaces this one.</summary>
    Superseded,

    /// <summary>Not a Presidency decision: the item cycle closed with the party still missing; the escalation stays for the Presidency.</summary>
    ClosedMissing,
}

/// <summary>
/// How states and decisions are written for people and in JSON: open, acknowledged, extended, waived, resolved;
/// acknowledge, extend, waive, resolve, late-submission, second-level.
/// </summary>
public static class EscalationNames
{
    public static string ToName(this EscalationState state) => state.ToString().ToLowerInvariant();

    public static string ToName(this DecisionKind kind) => kind switch
    {
        DecisionKind.LateSubmission => "late-submission",
        DecisionKind.SecondLevel => "second-level",
        DecisionKind.ClosedMissing => "closed-missing",
        _ => kind.ToString().ToLowerInvariant(),
    };
}

/// <summary>A decision on an escalation, kept in its history: who, when (programme time), why, and a new due date for an extension.</summary>
public sealed record EscalationDecision(DecisionKind Kind, DateTimeOffset At, string By, string Reason, DateOnly? NewDueDate);

/// <summary>Why a transition was refused: said to the Presidency as a 409 with this text.</summary>
public sealed class IllegalTransitionException(string message) : InvalidOperationException(message);

/// <summary>
/// A missed deadline raised to the Presidency in office: one party, one item cycle, one due date.
/// It owns its state transitions and refuses illegal ones. An extension hands the escalation back to the party: its
/// submission by the new date resolves it; if it misses the new date too, a new escalation (the next round, naming this
/// one in <see cref="Previous"/>) supersedes it. An item cycle that closes with the party missing is recorded on its open
/// escalation, which stays in the queue until the Presidency resolves or waives it.
/// </summary>
public sealed record Escalation(
    string Id,
    string ProgrammeId,
    int Item,
    string Cycle,
    string Party,
    int Round,
    DateOnly DueDate,
    DateTimeOffset RaisedAt,
    string Presidency,
    int Level,
    EscalationState State,
    IReadOnlyList<EscalationDecision> Decisions,
    DateTimeOffset? ResolvedAt,
    string? Previous = null)
{
    public static string IdOf(string itemInstanceId, string party, int round) => $"{itemInstanceId}-{party}-r{round}";

    /// <param name="previous">The escalation of the round before, whose extended date the party missed too.</param>
    public static Escalation Raise(string itemInstanceId, string programmeId, int item, string cycle, string party, int round, DateOnly dueDate, DateTimeOffset raisedAt, string presidency, string? previous = null) =>
        new(IdOf(itemInstanceId, party, round), programmeId, item, cycle, party, round, dueDate, raisedAt, presidency, 1, EscalationState.Open, [], null, previous);

    /// <summary>No longer waiting for a Presidency decision: extended (back with the party), waived, resolved or superseded.</summary>
    public bool IsClosed => State is EscalationState.Extended or EscalationState.Waived or EscalationState.Resolved or EscalationState.Superseded;

    public Escalation Acknowledge(DateTimeOffset at, string by, string reason)
    {
        if (State != EscalationState.Open)
            throw Refuse("acknowledge", State == EscalationState.Acknowledged ? "it is already acknowledged" : null);
        return With(EscalationState.Acknowledged, new EscalationDecision(DecisionKind.Acknowledge, at, by, reason, null));
    }

    public Escalation Extend(DateTimeOffset at, string by, string reason, DateOnly newDueDate)
    {
        EnsureOpen("extend");
        if (newDueDate <= DueDate)
            throw new IllegalTransitionException($"cannot extend escalation {Id}: the new due date {newDueDate:yyyy-MM-dd} is not after the missed one, {DueDate:yyyy-MM-dd}");
        if (newDueDate < DateOnly.FromDateTime(at.UtcDateTime))
            throw new IllegalTransitionException($"cannot extend escalation {Id}: the new due date {newDueDate:yyyy-MM-dd} is already past on {at:yyyy-MM-dd}");
        return With(EscalationState.Extended, new EscalationDecision(DecisionKind.Extend, at, by, reason, newDueDate), at);
    }

    public Escalation Waive(DateTimeOffset at, string by, string reason)
    {
        EnsureOpen("waive");
        return With(EscalationState.Waived, new EscalationDecision(DecisionKind.Waive, at, by, reason, null), at);
    }

    public Escalation Resolve(DateTimeOffset at, string by, string reason)
    {
        EnsureOpen("resolve");
        return With(EscalationState.Resolved, new EscalationDecision(DecisionKind.Resolve, at, by, reason, null), at);
    }

    /// <summary>
    /// The party's submission resolves the escalation, open or extended (a submission by the extended date ends the
    /// extension it was given); on one waived, resolved or superseded it changes nothing.
    /// </summary>
    public Escalation ResolveBySubmission(DateTimeOffset at, string by) =>
        State is EscalationState.Waived or EscalationState.Resolved or EscalationState.Superseded
            ? this
            : With(EscalationState.Resolved, new EscalationDecision(DecisionKind.LateSubmission, at, by, State == EscalationState.Extended ? "submission received by the extended date" : "late submission received", null), at);

    /// <summary>The party missed the extended date: the next round's escalation replaces this one. Once; only an extended one.</summary>
    public Escalation SupersedeBy(string next, DateTimeOffset at) =>
        State != EscalationState.Extended
            ? this
            : With(EscalationState.Superseded, new EscalationDecision(DecisionKind.Superseded, at, "policy", $"the extended date was missed too; escalation {next} replaces it", null), at);

    /// <summary>The item cycle closed with the party missing: recorded once on an escalation still waiting for the Presidency, which keeps it.</summary>
    public Escalation RecordClosedMissing(DateTimeOffset at) =>
        State is not (EscalationState.Open or EscalationState.Acknowledged) || Decisions.Any(d => d.Kind == DecisionKind.ClosedMissing)
            ? this
            : this with { Decisions = [.. Decisions, new EscalationDecision(DecisionKind.ClosedMissing, at, "policy", "the item cycle closed without an answer from the party", null)] };

    /// <summary>The second level, once: a closed escalation or one already at level 2 stays as it is.</summary>
    public Escalation RaiseToSecondLevel(DateTimeOffset at) =>
        IsClosed || Level >= 2 ? this : this with { Level = 2, Decisions = [.. Decisions, new EscalationDecision(DecisionKind.SecondLevel, at, "policy", "still missing 30 days after the deadline", null)] };

    /// <summary>
    /// The escalation as it stood at the end of a programme day: null if it was raised later; otherwise its decisions of
    /// that day or before, replayed (state, level, when it closed). A report as of a day is built from these.
    /// </summary>
    public Escalation? AsOf(DateOnly day)
    {
        var end = ProgrammeDay.End(day);
        if (RaisedAt >= end)
            return null;
        var decisions = Decisions.Where(d => d.At < end).ToList();
        var (state, level, resolvedAt) = (EscalationState.Open, 1, (DateTimeOffset?)null);
        foreach (var decision in decisions)
        {
            (state, level, resolvedAt) = decision.Kind switch
            {
                DecisionKind.Acknowledge => (EscalationState.Acknowledged, level, resolvedAt),
                DecisionKind.Extend => (EscalationState.Extended, level, decision.At),
                DecisionKind.Waive => (EscalationState.Waived, level, decision.At),
                DecisionKind.Resolve or DecisionKind.LateSubmission => (EscalationState.Resolved, level, decision.At),
                DecisionKind.Superseded => (EscalationState.Superseded, level, decision.At),
                DecisionKind.SecondLevel => (state, 2, resolvedAt),
                _ => (state, level, resolvedAt),
            };
        }

        return this with { State = state, Level = level, Decisions = decisions, ResolvedAt = resolvedAt };
    }

    private void EnsureOpen(string action)
    {
        if (IsClosed)
            throw Refuse(action, null);
    }

    private IllegalTransitionException Refuse(string action, string? why) =>
        new($"cannot {action} escalation {Id}: {why ?? $"it is {State.ToName()}"}");

    private Escalation With(EscalationState state, EscalationDecision decision, DateTimeOffset? resolvedAt = null) =>
        this with { State = state, Decisions = [.. Decisions, decision], ResolvedAt = resolvedAt ?? ResolvedAt };
}
