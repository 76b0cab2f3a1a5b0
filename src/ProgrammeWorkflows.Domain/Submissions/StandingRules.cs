using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Domain.FollowUp;

namespace ProgrammeWorkflows.Domain.Submissions;

/// <summary>
/// Where a party stands on an item cycle, derived from what is stored (its submissions and escalations) and the date:
/// the one rule the reports, the pages and the API use.
/// </summary>
public static class StandingRules
{
    /// <summary>The due date in force: the latest date the Presidency extended it to, or the cycle's own.</summary>
    public static DateOnly EffectiveDue(ItemCycle cycle, IEnumerable<Escalation> partyEscalations) =>
        partyEscalations.Select(e => e.ExtendedTo).OfType<DateOnly>().DefaultIfEmpty(cycle.Due).Max();

    public static PartyStanding Derive(ItemCycle cycle, IReadOnlyList<Submission> partySubmissions, IReadOnlyList<Escalation> partyEscalations, DateOnly today, bool closed)
    {
        if (today < cycle.Opens && partySubmissions.Count == 0)
            return PartyStanding.NotYetOpen;
        var due = EffectiveDue(cycle, partyEscalations);
        if (partySubmissions.Count > 0)
            return PartyStandingNames.OfSubmission(partySubmissions.Min(s => s.SubmittedAt), due);
        if (partyEscalations.Any(e => e.State == EscalationState.Waived))
            return PartyStanding.Waived;
        if (partyEscalations.Any(e => e.State == EscalationState.Resolved))
            return PartyStanding.Resolved;
        if (closed || (cycle.Kind == CycleKind.StatusRequest && today > due))
            return PartyStanding.Missing;
        return today > due ? PartyStanding.Overdue : PartyStanding.Waiting;
    }
}
