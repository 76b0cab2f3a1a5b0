namespace ProgrammeWorkflows.Domain.Escalations;

/// <summary>
/// What an entry of an escalation's history records: one of the Presidency's decisions (the first four, the same
/// values as <see cref="PresidencyDecision"/>) or one of the workflow's events.
/// </summary>
public enum EscalationEntryKind
{
    Acknowledge,
    Extend,
    Waive,
    Resolve,

    /// <summary>The party's submission resolved the escalation.</summary>
    LateSubmission,

    /// <summary>30 days past the deadline, the escalation went to level 2.</summary>
    SecondLevel,

    /// <summary>The party missed the extended date, and the next round's escalation replaced this one.</summary>
    Superseded,

    /// <summary>The item cycle closed with the party still missing.</summary>
    ClosedMissing,
}

/// <summary>
/// An entry of an escalation's history: what, when (programme time), by whom (<paramref name="By"/> a name, and for a
/// person's decision <paramref name="ById"/> their stable id), why, and a new due date for an extension.
/// </summary>
public sealed record EscalationEntry(EscalationEntryKind Kind, DateTimeOffset At, string By, string Reason, DateOnly? NewDueDate, string? ById = null)
{
    /// <summary>The Presidency's decision this entry records, or null for an event of the workflow.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public PresidencyDecision? Decision => Kind <= EscalationEntryKind.Resolve ? (PresidencyDecision)Kind : null;
}

/// <summary>
/// How states and entries are written for people and in JSON: open, acknowledged, extended, waived, resolved,
/// superseded; acknowledge, extend, waive, resolve, late-submission, second-level, superseded, closed-missing.
/// </summary>
public static class EscalationNames
{
    public static string ToName(this EscalationState state) => state.ToString().ToLowerInvariant();

    public static string ToName(this EscalationEntryKind kind) => kind switch
    {
        EscalationEntryKind.LateSubmission => "late-submission",
        EscalationEntryKind.SecondLevel => "second-level",
        EscalationEntryKind.ClosedMissing => "closed-missing",
        _ => kind.ToString().ToLowerInvariant(),
    };
}

/// <summary>Why a transition was refused: said to the Presidency as a 409 with this text.</summary>
public sealed class IllegalTransitionException(string message) : InvalidOperationException(message);
