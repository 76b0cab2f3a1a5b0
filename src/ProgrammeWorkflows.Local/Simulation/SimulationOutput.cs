using System.Text.Json;
using System.Text.Json.Serialization;
using ProgrammeWorkflows.Adapters.Reports;
using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Domain.Parties;
using ProgrammeWorkflows.Domain.Submissions;
using ProgrammeWorkflows.Local.Hosting;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Local.Simulation;

public sealed record SubmissionRecord(int Item, string Cycle, string Party, string Delegate, string Status, DateTimeOffset SubmittedAt, int Version);

public sealed record DecisionRecord(string Kind, DateTimeOffset At, string Reason, DateOnly? NewDueDate);

/// <summary>
/// An escalation as <c>escalations.json</c> shows it: <paramref name="RaisedTo"/> the Presidency in office when it was
/// raised; <paramref name="HeldBy"/> and <paramref name="Handovers"/> as of the day the last item cycle closes.
/// </summary>
public sealed record EscalationRecord(
    string Id, int Item, string Cycle, string Party, DateOnly DueDate, DateTimeOffset RaisedAt, int Level, string RaisedTo, string HeldBy,
    IReadOnlyList<Handover> Handovers, string State, IReadOnlyList<DecisionRecord> Decisions, DateTimeOffset? ResolvedAt, string? Previous);

public sealed record SimulationSummary(
    int Items, int Cycles, int Parties, IReadOnlyDictionary<string, int> Mails, int Submissions, IReadOnlyDictionary<string, int> Escalations,
    double WallSeconds, int Seed, string Mix, double DaysPerSecond, IReadOnlyList<string> AnnualReports);

/// <summary>
/// What a simulation leaves in its folder, read back from the stores: <c>submissions.json</c>, <c>escalations.json</c>,
/// <c>reports/</c> (every report version in every format), <c>summary.json</c>. The mail is already in <c>outbox/</c>
/// (the folder transport). Every time is programme time, ISO 8601.
/// </summary>
public static class SimulationOutput
{
    public const string Outbox = "outbox";
    public const string Reports = "reports";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) } };

    public static async Task<SimulationSummary> WriteAsync(LocalSystem system, string folder, SimulationResult result, int seed, string mix, double daysPerSecond, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(result);
        var id = LocalSystem.ProgrammeId;
        var programme = system.Get<IProgrammeCatalog>().Load(id);

        var submissions = (await system.Get<ISubmissionStore>().ListAsync(id, cancellationToken))
            .Select(s => new SubmissionRecord(s.Item, s.Cycle, s.Party, s.DelegateId, s.Status.ToName(), s.SubmittedAt, s.Version))
            .ToList();
        await WriteJsonAsync(Path.Combine(folder, "submissions.json"), submissions, cancellationToken);

        // Who holds each escalation at the end: on the day the last item cycle closes on schedule, the same at any speed.
        var lastDay = ProgrammeSchedule.Cycles(programme).Max(c => c.ClosesWith(programme.FollowUp));
        var escalations = (await system.Get<IEscalationStore>().ListAsync(id, cancellationToken))
            .OrderBy(e => e.RaisedAt).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => ToRecord(e, programme.Presidencies, lastDay))
            .ToList();
        await WriteJsonAsync(Path.Combine(folder, "escalations.json"), escalations, cancellationToken);

        var reportsFolder = Directory.CreateDirectory(Path.Combine(folder, Reports)).FullName;
        var store = system.Get<IReportStore>();
        foreach (var report in await store.ListAsync(id, cancellationToken))
        {
            var model = await store.GetModelJsonAsync(id, report.Id, cancellationToken)
                ?? throw new InvalidDataException($"report {report.Id} is listed but has no content");
            foreach (var format in ReportFormats.Of(report.Kind))
            {
                var rendered = (await ReportFormats.RenderAsync(report.Kind, model, format))!;
                await File.WriteAllTextAsync(Path.Combine(reportsFolder, report.Id + rendered.FileSuffix), rendered.Content, cancellationToken);
            }
        }

        var mails = (await system.Get<IOutbox>().ListAsync(id, cancellationToken))
            .GroupBy(m => m.Kind, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var summary = new SimulationSummary(
            programme.Items.Count,
            result.Outcome.Cycles,
            programme.Parties.Parties.Count,
            mails,
            submissions.Count,
            escalations.GroupBy(e => e.State, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            Math.Round(result.Wall.TotalSeconds, 1),
            seed,
            mix,
            daysPerSecond,
            result.Outcome.AnnualReports);
        await WriteJsonAsync(Path.Combine(folder, "summary.json"), summary, cancellationToken);
        return summary;
    }

    private static EscalationRecord ToRecord(Escalation e, PresidencyRotation rotation, DateOnly lastDay)
    {
        var holding = e.HoldingAsOf(rotation, lastDay);
        return new(
            e.Id, e.Item, e.Cycle, e.Party, e.DueDate, e.RaisedAt, e.Level, e.RaisedTo, holding.HeldBy, holding.Handovers, e.State.ToName(),
            [.. e.Decisions.Select(d => new DecisionRecord(d.Kind.ToName(), d.At, d.Reason, d.NewDueDate))],
            e.ResolvedAt,
            e.Previous);
    }

    private static async Task WriteJsonAsync<T>(string path, T value, CancellationToken cancellationToken)
    {
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, value, Json, cancellationToken);
    }
}
