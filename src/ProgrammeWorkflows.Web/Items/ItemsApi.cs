using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Domain.Programme;
using ProgrammeWorkflows.Domain.Reports;
using ProgrammeWorkflows.Domain.Submissions;
using ProgrammeWorkflows.Web.Escalations;
using ProgrammeWorkflows.Workflows.Activities;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Web.Items;

public sealed record CycleSummary(string Cycle, string Kind, DateOnly Opens, DateOnly Due, string State, string? ReportId);

public sealed record ItemListEntry(int Number, string Section, ProgrammeExport.ExportedDeadline Deadline, IReadOnlyList<string> Owners, string Recurrence, IReadOnlyList<CycleSummary> Cycles);

public sealed record SubmissionEntry(int Version, DateTimeOffset SubmittedAt, string Status, string DelegateId, int Attachments);

public sealed record PartyEntry(string Party, string Standing, DateOnly Due, IReadOnlyList<SubmissionEntry> Submissions, int RemindersSent, IReadOnlyList<EscalationView> Escalations);

public sealed record CycleDetail(string Cycle, string Kind, DateOnly Opens, DateOnly Due, string State, StandingCounts? Counts, IReadOnlyList<PartyEntry> Parties);

public sealed record ItemDetail(int Number, string Section, string Text, ProgrammeExport.ExportedDeadline Deadline, string Recurrence, string Deliverable, string Notes, IReadOnlyList<CycleDetail> Cycles);

/// <summary><c>GET /api/items</c> and <c>GET /api/items/{number}</c>: each item, per cycle each party's standing, submissions, reminders and escalations.</summary>
public static class ItemsApi
{
    public const string ListRoute = "api/items";
    public const string DetailRoute = "api/items/{number}";

    public static async Task<IResult> ListAsync(HttpContext http, string programmeId)
    {
        ArgumentNullException.ThrowIfNull(http);
        var services = http.RequestServices;
        var programme = services.GetRequiredService<IProgrammeCatalog>().Load(programmeId);
        var states = (await services.GetRequiredService<IItemCycleStore>().ListAsync(programmeId, http.RequestAborted)).ToDictionary(s => (s.Item, s.Cycle));
        var exported = ProgrammeExport.ToItems(programme).ToDictionary(i => i.Number);
        return Results.Ok(programme.Items.Select(item => new ItemListEntry(
            item.Number,
            item.Section,
            exported[item.Number].Deadline,
            item.Owners,
            exported[item.Number].Recurrence,
            [.. ProgrammeSchedule.CyclesOf(programme, item).Select(c =>
            {
                states.TryGetValue((c.Item, c.Cycle), out var state);
                return new CycleSummary(c.Cycle, Kind(c), c.Opens, c.Due, StateOf(state), state?.ReportId);
            })])).ToList());
    }

    public static async Task<IResult> DetailAsync(string number, HttpContext http, string programmeId)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var itemNumber))
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["number"] = [$"\"{number}\" is not an item number"] }, title: "The item number is not valid");
        var services = http.RequestServices;
        var programme = services.GetRequiredService<IProgrammeCatalog>().Load(programmeId);
        if (programme.Items.FirstOrDefault(i => i.Number == itemNumber) is not { } item)
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such item", detail: $"The timetable has items 1 to {programme.Items.Count}.");

        var reader = ActivatorUtilities.CreateInstance<CycleReportReader>(services);
        var cycleStore = services.GetRequiredService<IItemCycleStore>();
        var submissions = services.GetRequiredService<ISubmissionStore>();
        var escalations = (await services.GetRequiredService<IEscalationStore>().ListAsync(programmeId, http.RequestAborted)).Where(e => e.Item == itemNumber).ToList();
        var outbox = (await services.GetRequiredService<IOutbox>().ListAsync(programmeId, http.RequestAborted)).Where(m => m.Item == itemNumber).ToList();
        var cycles = new List<CycleDetail>();
        foreach (var cycle in ProgrammeSchedule.CyclesOf(programme, item))
        {
            var state = await cycleStore.GetAsync(programmeId, itemNumber, cycle.Cycle, http.RequestAborted);
            if (state is null)
            {
                cycles.Add(new CycleDetail(cycle.Cycle, Kind(cycle), cycle.Opens, cycle.Due, StateOf(null), null, []));
                continue;
            }

            var versions = await submissions.ListAsync(programmeId, itemNumber, cycle.Cycle, http.RequestAborted);
            var asOf = DateOnly.FromDateTime((state.ClosedAt ?? LatestActivity(cycle.Cycle, state.OpenedAt, outbox, versions, escalations)).UtcDateTime);
            var report = await reader.ReadAsync(cycle, asOf, escalations, versions);
            cycles.Add(new CycleDetail(cycle.Cycle, Kind(cycle), cycle.Opens, cycle.Due, StateOf(state), report.Counts, [.. report.Parties.Select(p => new PartyEntry(
                p.Code,
                p.Standing,
                p.Due,
                [.. versions.Where(v => v.Party == p.Code).Select(v => new SubmissionEntry(v.Version, v.SubmittedAt, v.Status.ToName(), v.DelegateId, v.Attachments.Count))],
                outbox.Where(m => m.Cycle == cycle.Cycle && m.Party == p.Code && m.Kind is NotificationKinds.Reminder or NotificationKinds.Overdue).Select(m => m.Sequence).Distinct().Count(),
                [.. escalations.Where(e => e.Cycle == cycle.Cycle && e.Party == p.Code).Select(EscalationView.Of)]))]));
        }

        var exported = ProgrammeExport.ToItems(programme).Single(i => i.Number == itemNumber);
        return Results.Ok(new ItemDetail(item.Number, item.Section, item.Text, exported.Deadline, exported.Recurrence, item.Deliverable, item.Notes, cycles));
    }

    /// <summary>The programme date an open cycle has reached: its latest mail, submission or decision, or its opening.</summary>
    private static DateTimeOffset LatestActivity(string cycle, DateTimeOffset openedAt, IEnumerable<OutboxMessage> outbox, IEnumerable<Submission> versions, IEnumerable<Escalation> escalations) =>
        outbox.Where(m => m.Cycle == cycle).Select(m => m.ProgrammeDate)
            .Concat(versions.Select(v => v.SubmittedAt))
            .Concat(escalations.Where(e => e.Cycle == cycle).SelectMany(e => e.Decisions.Select(d => d.At).Append(e.RaisedAt)))
            .Append(openedAt)
            .Max();

    private static string Kind(ItemCycle cycle) => cycle.Kind == CycleKind.StatusRequest ? "status-request" : "deadline";

    private static string StateOf(ItemCycleState? state) => state is null ? "not-open" : state.IsClosed ? "closed" : "open";
}
