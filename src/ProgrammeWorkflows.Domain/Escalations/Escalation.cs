namespace ProgrammeWorkflows.Domain.Escalations;

public enum EscalationState
{
    Open,
    Acknowledged,
    Extended,
    Waived,
    Resolved,
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
        _ => kind.ToString().ToLowerInvariant(),
    };
}

/// <summary>A decision on an escalation, kept in its history: who, when (programme time), why, and a new due date for an extension.</summary>
public sealed record EscalationDecision(DecisionKind Kind, DateTimeOffset At, string By, string Reason, DateOnly? NewDueDate);

/// <summary>Why a transition was refused: said to the Presidency as a 409 with this text.</summary>
public sealed class IllegalTransitionException(string message) : InvalidOperationException(message);

/// <summary>
/// A missed deadline raised to the Presidency in office: one party, one item cycle, one due date.
/// It owns its state transitions and refuses illegal ones. An extension ends the escalation; if the party misses the
/// new date too, a new escalation (the next round) is raised.
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
    DateTimeOffset? ResolvedAt)
{
    public static string IdOf(string itemInstanceId, string party, int round) => $"{itemInstanceId}-{party}-r{round}";

    public static Escalation Raise(string itemInstanceId, string programmeId, int item, string cycle, string party, int round, DateOnly dueDate, DateTimeOffset raisedAt, string presidency) =>
        new(IdOf(itemInstanceId, party, round), programmeId, item, cycle, party, round, dueDate, raisedAt, presidency, 1, EscalationState.Open, [], null);

    public bool IsClosed => State is EscalationState.Extended or EscalationState.Waived or EscalationState.Resolved;

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

    /// <summary>A late submission resolves the escalation; on a closed one it changes nothing (the submission still counts as late).</summary>
    public Escalation ResolveBySubmission(DateTimeOffset at, string by) =>
        IsClosed ? this : With(EscalationState.Resolved, new EscalationDecision(DecisionKind.LateSubmission, at, by, "late submission received", null), at);

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
