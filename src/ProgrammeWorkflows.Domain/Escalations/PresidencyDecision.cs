namespace ProgrammeWorkflows.Domain.Escalations;

/// <summary>What the Presidency decides on an escalation; the workflow's own changes are <see cref="WorkflowEvent"/>s.</summary>
public enum PresidencyDecision
{
    Acknowledge = EscalationEntryKind.Acknowledge,
    Extend = EscalationEntryKind.Extend,
    Waive = EscalationEntryKind.Waive,
    Resolve = EscalationEntryKind.Resolve,
}

/// <summary>The Presidency's decisions as people and URLs name them: acknowledge, extend, waive, resolve.</summary>
public static class PresidencyDecisions
{
    public static IReadOnlyList<PresidencyDecision> All { get; } = Enum.GetValues<PresidencyDecision>();

    public static string ToName(this PresidencyDecision decision) => decision.ToString().ToLowerInvariant();

    public static bool TryParse(string? name, out PresidencyDecision decision)
    {
        foreach (var candidate in All)
        {
            if (candidate.ToName() == name)
            {
                decision = candidate;
                return true;
            }
        }

        decision = default;
        return false;
    }

    public static EscalationEntryKind ToEntryKind(this PresidencyDecision decision) => (EscalationEntryKind)decision;
}
