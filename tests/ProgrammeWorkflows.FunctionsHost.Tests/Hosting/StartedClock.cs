using System.Text.Json.Nodes;

namespace ProgrammeWorkflows.FunctionsHost.Tests.Hosting;

/// <summary>The programme's clock as <c>POST /api/programme/start</c> answered it: programme time runs from its origin at its speed.</summary>
internal sealed record StartedClock(DateTimeOffset ProgrammeOrigin, DateTimeOffset WallOrigin, double Speed)
{
    public static StartedClock Of(JsonNode started) =>
        new((DateTimeOffset)started["programmeOrigin"]!, (DateTimeOffset)started["wallOrigin"]!, (double)started["speed"]!);

    /// <summary>When (wall time) the programme's clock reaches the start of <paramref name="day"/>.</summary>
    public DateTimeOffset WallTimeOf(DateOnly day) =>
        WallOrigin + TimeSpan.FromSeconds((new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) - ProgrammeOrigin).TotalSeconds / Speed);

    /// <summary>The programme's day now.</summary>
    public DateOnly Today() => DateOnly.FromDateTime((ProgrammeOrigin + TimeSpan.FromSeconds((DateTimeOffset.UtcNow - WallOrigin).TotalSeconds * Speed)).UtcDateTime);
}
