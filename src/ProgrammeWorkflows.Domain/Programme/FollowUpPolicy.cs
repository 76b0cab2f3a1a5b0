namespace ProgrammeWorkflows.Domain.Programme;

/// <summary>A day of the year (month and day), for yearly events such as the status request and the annual report.</summary>
public sealed record AnnualDate(int Month, int Day)
{
    public DateOnly In(int year) => new(year, Month, Math.Min(Day, DateTime.DaysInMonth(year, Month)));
}

/// <summary>
/// How a programme follows up its items: the reminder ladder before a deadline, overdue reminders and the second
/// escalation level after it, when an item closes, and the yearly dates of the status request and the annual report.
/// </summary>
public sealed record FollowUpPolicy(
    IReadOnlyList<int> ReminderDaysBefore,
    int OverdueReminderEveryDays,
    int OverdueRemindersAtMost,
    int SecondLevelAfterDays,
    int CloseAfterDays,
    AnnualDate StatusRequest,
    AnnualDate AnnualReport)
{
    public static FollowUpPolicy Default { get; } = new([30, 7, 1], 14, 3, 30, 60, new AnnualDate(11, 1), new AnnualDate(1, 31));
}
