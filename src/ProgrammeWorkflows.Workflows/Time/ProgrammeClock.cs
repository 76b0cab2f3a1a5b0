namespace ProgrammeWorkflows.Workflows.Time;

/// <summary>
/// Maps programme time (1997-1999) to wall-clock time and back: programme time runs from
/// <see cref="ProgrammeOrigin"/> at <see cref="WallOrigin"/>, <see cref="Speed"/> programme seconds per wall second.
/// Carried in orchestration inputs, so the mapping is part of the history and replays the same.
/// Speed 1 in production (programme time is wall time); a simulation runs a programme day in milliseconds.
/// </summary>
public sealed record ProgrammeClock(DateTimeOffset ProgrammeOrigin, DateTimeOffset WallOrigin, double Speed)
{
    public static ProgrammeClock RealTime(DateTimeOffset now) => new(now, now, 1);

    /// <summary>Programme time <paramref name="from"/> begins at wall time <paramref name="wallNow"/> and runs <paramref name="speed"/> times as fast.</summary>
    public static ProgrammeClock Starting(DateOnly from, DateTimeOffset wallNow, double speed)
    {
        if (!(speed > 0) || double.IsInfinity(speed))
            throw new ArgumentOutOfRangeException(nameof(speed), speed, "the speed must be a positive number of programme seconds per wall second");
        return new(Domain.ProgrammeDay.Start(from), wallNow, speed);
    }

    public DateTimeOffset ToProgramme(DateTimeOffset wall) => ProgrammeOrigin + ((wall - WallOrigin) * Speed);

    public DateTimeOffset ToWall(DateTimeOffset programme) => WallOrigin + ((programme - ProgrammeOrigin) / Speed);

    /// <summary>The wall time at which a programme day begins (00:00 UTC programme time).</summary>
    public DateTime WallTimeOf(DateOnly programmeDay) =>
        ToWall(Domain.ProgrammeDay.Start(programmeDay)).UtcDateTime;

    /// <summary>Programme time at a UTC wall time, e.g. an orchestration's <c>CurrentUtcDateTime</c>.</summary>
    public DateTimeOffset ToProgramme(DateTime utc) => ToProgramme(new DateTimeOffset(utc, TimeSpan.Zero));

    public DateOnly ProgrammeDayOf(DateTimeOffset wall) => DateOnly.FromDateTime(ToProgramme(wall).UtcDateTime);
}
