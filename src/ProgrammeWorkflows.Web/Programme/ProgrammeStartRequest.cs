using System.Globalization;
using ProgrammeWorkflows.Web.Errors;
using ProgrammeWorkflows.Web.Requests;
using ProgrammeWorkflows.Workflows.Time;

namespace ProgrammeWorkflows.Web.Programme;

/// <summary>
/// The optional body of <c>POST /api/programme/start</c>: programme time runs from <c>from</c>, <c>speed</c> programme
/// seconds per wall second; <c>items</c> follows up only those timetable items (all when absent).
/// </summary>
public sealed record ProgrammeStartRequest(string? From, double? Speed, IReadOnlyList<int>? Items = null)
{
    /// <summary>The fastest clock accepted: a programme day in under a millisecond is faster than any engine can follow.</summary>
    public const double MaxSpeed = 100_000_000;

    private const string Title = "The programme start request is not valid";

    /// <summary>No body is a start on wall time for every item; a body must be JSON, its date a date, its speed in range, its items distinct and in the timetable.</summary>
    public static async Task<Checked<ProgrammeStartRequest>> ReadAsync(HttpRequest request, int itemCount)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!JsonBody.IsPresent(request))
            return new ProgrammeStartRequest(null, null);
        var (body, refusal) = await JsonBody.ReadAsync<ProgrammeStartRequest>(
            request, Title, ("The body must be JSON", "Send Content-Type: application/json, or no body at all."), "not a programme start request");
        if (body is null)
            return refusal!;
        if (body.From is not null && !DateOnly.TryParseExact(body.From, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return Problems.Invalid(Title, "from", $"\"{body.From}\" is not a date (yyyy-MM-dd)");
        if (body.Speed is { } speed && (!(speed > 0) || speed > MaxSpeed))
            return Problems.Invalid(Title, "speed", $"must be more than 0 and at most {MaxSpeed:0} programme seconds per wall second");
        if (body.Items is { } items && (items.Count == 0 || items.Any(i => i < 1 || i > itemCount) || items.Distinct().Count() != items.Count))
            return Problems.Invalid(Title, "items", $"a list of distinct item numbers from 1 to {itemCount}, or no list for every item");
        return body;
    }

    /// <summary>The programme clock asked for: wall time when neither a date nor a speed is given.</summary>
    public ProgrammeClock ClockFrom(DateTimeOffset now) =>
        From is null && Speed is null
            ? ProgrammeClock.RealTime(now)
            : ProgrammeClock.Starting(
                From is null ? DateOnly.FromDateTime(now.UtcDateTime) : DateOnly.ParseExact(From, "yyyy-MM-dd", CultureInfo.InvariantCulture), now, Speed ?? 1);
}
