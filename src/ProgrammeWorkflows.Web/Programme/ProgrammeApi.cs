using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using ProgrammeWorkflows.Domain.Programme;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Programme;
using ProgrammeWorkflows.Workflows.Time;

namespace ProgrammeWorkflows.Web.Programme;

/// <summary>
/// The optional body of <c>POST /api/programme/start</c>: programme time runs from <c>from</c>, <c>speed</c> programme
/// seconds per wall second; <c>items</c> follows up only those timetable items (all when absent).
/// </summary>
public sealed record ProgrammeStartRequest(string? From, double? Speed, IReadOnlyList<int>? Items = null);

/// <summary>What the start answers: the instance, whether this call started it, and the clock it runs on.</summary>
public sealed record ProgrammeStartResponse(string InstanceId, bool Started, DateTimeOffset ProgrammeOrigin, DateTimeOffset WallOrigin, double Speed);

/// <summary>
/// <c>POST /api/programme/start</c>: loads the programme and directory and starts the programme orchestration, once.
/// Without a body, programme time is wall time. Answers 202 when it started it, 200 when it was already started.
/// </summary>
public static class ProgrammeApi
{
    public const string StartRoute = "api/programme/start";

    /// <summary>The fastest clock accepted: a programme day in under a millisecond is faster than any engine can follow.</summary>
    public const double MaxSpeed = 100_000_000;

    private static readonly JsonSerializerOptions BodyJson = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    public static async Task<IResult> StartAsync(HttpRequest request, DurableTaskClient client, string programmeId)
    {
        ArgumentNullException.ThrowIfNull(request);
        var services = request.HttpContext.RequestServices;
        ProgrammeStartRequest? body = null;
        if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            if (!request.HasJsonContentType())
                return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "The body must be JSON", detail: "Send Content-Type: application/json, or no body at all.");
            try
            {
                body = await JsonSerializer.DeserializeAsync<ProgrammeStartRequest>(request.Body, BodyJson, request.HttpContext.RequestAborted);
            }
            catch (JsonException e)
            {
                return Invalid("body", $"not a programme start request: {e.Message}");
            }
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var clock = ProgrammeClock.RealTime(now);
        if (body?.From is not null || body?.Speed is not null)
        {
            var from = DateOnly.FromDateTime(now.UtcDateTime);
            if (body.From is not null && !DateOnly.TryParseExact(body.From, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out from))
                return Invalid("from", $"\"{body.From}\" is not a date (yyyy-MM-dd)");
            var speed = body.Speed ?? 1;
            if (!(speed > 0) || speed > MaxSpeed)
                return Invalid("speed", $"must be more than 0 and at most {MaxSpeed:0} programme seconds per wall second");
            clock = ProgrammeClock.Starting(from, now, speed);
        }

        var catalog = services.GetRequiredService<IProgrammeCatalog>();
        if (body?.Items is { } items)
        {
            var count = catalog.Load(programmeId).Items.Count;
            if (items.Count == 0 || items.Any(i => i < 1 || i > count) || items.Distinct().Count() != items.Count)
                return Invalid("items", $"a list of distinct item numbers from 1 to {count}, or no list for every item");
        }

        var started = await services.GetRequiredService<ProgrammeStarter>().StartAsync(client, new ProgrammeRun(programmeId, clock, ProduceAnnualReports: false, body?.Items), request.HttpContext.RequestAborted);
        var response = new ProgrammeStartResponse(started.InstanceId, started.Started, started.Clock.ProgrammeOrigin, started.Clock.WallOrigin, started.Clock.Speed);
        return started.Started ? Results.Accepted(value: response) : Results.Ok(response);
    }

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The programme start request is not valid");
}
