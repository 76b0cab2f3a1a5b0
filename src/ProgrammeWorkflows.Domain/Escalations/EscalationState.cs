namespace ProgrammeWorkflows.Domain.Escalations;

/// <summary>Where an escalation stands; it changes only through <see cref="Escalation"/>'s methods.</summary>
public enum EscalationState
{
    /// <summary>Raised, waiting for the Presidency.</summary>
    Open,

    /// <summary>The Presidency has seen it; still waiting for its decision.</summary>
    Acknowledged,

    /// <summary>Back with the party until the new due date.</summary>
    Extended,

    Waived,
    Resolved,

    /// <summary>The party missed the extended date too: a new escalation (the next round) replaced this one.</summary>
    Superseded,
}
