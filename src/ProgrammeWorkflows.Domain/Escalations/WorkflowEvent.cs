namespace ProgrammeWorkflows.Domain.Escalations;

/// <summary>What the follow-up itself does to an escalation: none of these is a decision of the Presidency.</summary>
public enum WorkflowEvent
{
    /// <summary>The party's submission, late or by the extended date, resolves its escalation.</summary>
    Submission = EscalationEntryKind.LateSubmission,

    /// <summary>The deadline is 30 days past (policy): the escalation goes to level 2.</summary>
    SecondLevel = EscalationEntryKind.SecondLevel,

    /// <summary>The item cycle closed with the party still missing; the escalation stays for the Presidency.</summary>
    ClosedMissing = EscalationEntryKind.ClosedMissing,
}
