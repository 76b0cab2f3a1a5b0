using ProgrammeWorkflows.Domain.Programme;

namespace ProgrammeWorkflows.Domain.FollowUp;

public enum CycleKind
{
    /// <summary>An obligation with a deadline: invitation, reminder ladder, escalation of missed deadlines.</summary>
    Deadline,

    /// <summary>A standing obligation: its status is asked for once a year, with no reminders and no escalation.</summary>
    StatusRequest,
}

/// <summary>
/// One occurrence of a timetable item for one period: what the item orchestration follows up.
/// Dates are programme dates; a deadline is met when submitted on or before <see cref="Due"/>.
/// </summary>
public sealed record ItemCycle(string ProgrammeId, int Item, string Cycle, CycleKind Kind, DateOnly Opens, DateOnly Due, IReadOnlyList<string> Owners)
{
    /// <summary>The orchestration instance id: programme, item and cycle (csap1997-item06-1998), so an item's state is findable.</summary>
    public string InstanceId => InstanceIdOf(ProgrammeId, Item, Cycle);

    public static string InstanceIdOf(string programmeId, int item, string cycle) => $"{programmeId}-item{item:00}-{cycle}";

    /// <summary>When the item closes unless every party has answered first; an extension moves a party's own close.</summary>
    public DateOnly ClosesWith(FollowUpPolicy policy) => Kind == CycleKind.StatusRequest ? Due : Due.AddDays(policy.CloseAfterDays);
}
