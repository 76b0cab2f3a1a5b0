using ProgrammeWorkflows.Domain.Programme;

namespace ProgrammeWorkflows.Domain.FollowUp;

/// <summary>What a party's follow-up does next, and when.</summary>
public enum FollowUpStepKind
{
    Reminder,
    Deadline,
    OverdueReminder,
    SecondLevel,
    Close,
}

/// <summary>One step of a party's follow-up at a programme date.</summary>
public sealed record FollowUpStep(FollowUpStepKind Kind, DateOnly On, int Sequence);

/// <summary>
/// The policy as a timetable of steps for one party and one due date: reminders before the deadline (only those still
/// ahead), the deadline itself, overdue reminders at their interval, the second escalation level, and the close.
/// An extension builds a new ladder from the new due date.
/// </summary>
public static class ReminderLadder
{
    public static IReadOnlyList<FollowUpStep> For(CycleKind kind, DateOnly due, DateOnly close, DateOnly from, FollowUpPolicy policy)
    {
        if (kind == CycleKind.StatusRequest)
            return [new FollowUpStep(FollowUpStepKind.Close, close, 0)];

        var steps = new List<FollowUpStep>();
        var sequence = 0;
        foreach (var days in policy.ReminderDaysBefore.OrderByDescending(d => d))
            steps.Add(new FollowUpStep(FollowUpStepKind.Reminder, due.AddDays(-days), ++sequence));
        steps.Add(new FollowUpStep(FollowUpStepKind.Deadline, due.AddDays(1), 0));
        for (var i = 1; i <= policy.OverdueRemindersAtMost; i++)
            steps.Add(new FollowUpStep(FollowUpStepKind.OverdueReminder, due.AddDays(1 + (i * policy.OverdueReminderEveryDays)), i));
        steps.Add(new FollowUpStep(FollowUpStepKind.SecondLevel, due.AddDays(policy.SecondLevelAfterDays), 2));
        steps.Add(new FollowUpStep(FollowUpStepKind.Close, close, 0));

        // Steps on or before the start are past (a ladder re-armed by an extension, an item opened late); nothing follows the close.
        return [.. steps.Where(s => s.On > from && s.On <= close).OrderBy(s => s.On).ThenBy(s => s.Kind)];
    }
}
