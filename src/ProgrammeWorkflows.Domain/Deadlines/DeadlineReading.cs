namespace ProgrammeWorkflows.Domain.Deadlines;

/// <summary>
/// A deadline as the timetable words it, with the date it reads as and the rule used, so that anyone can check the reading.
/// A standing obligation has no phrase and no date.
/// </summary>
public sealed record DeadlineReading(string Text, DateOnly? Date, DeadlineRule Rule)
{
    public static DeadlineReading Standing { get; } = new(string.Empty, null, DeadlineRule.Standing);

    public bool IsStanding => Date is null;
}
