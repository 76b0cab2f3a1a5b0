namespace ProgrammeWorkflows.Domain;

/// <summary>
/// Programme days are UTC days of programme time (1997-1999): where one begins and ends as an instant. What happened
/// before <see cref="End"/> of a day happened by that day.
/// </summary>
public static class ProgrammeDay
{
    public static DateTimeOffset Start(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static DateTimeOffset End(DateOnly day) => Start(day.AddDays(1));

    /// <summary>The later of two days.</summary>
    public static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
