using System.Globalization;
using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Domain.Programme;
using ProgrammeWorkflows.Domain.Reports;
using ProgrammeWorkflows.Domain.Submissions;
using ProgrammeWorkflows.Web.Errors;
using ProgrammeWorkflows.Web.Escalations;
using ProgrammeWorkflows.Web.Requests;
using ProgrammeWorkflows.Web.Security;
using ProgrammeWorkflows.Workflows.Activities;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Web.Items;

public sealed record CycleSummary(string Cycle, string Kind, DateOnly Opens, DateOnly Due, string State, string? ReportId);

public sealed record ItemListEntry(int Number, string Section, ProgrammeExport.ExportedDeadline Deadline, IReadOnlyList<string> Owners, string Recurrence, IReadOnlyList<CycleSummary> Cycles);

public sealed record SubmissionEntry(int Version, DateTimeOffset SubmittedAt, string Status, string DelegateId, int Attachments);

public sealed record PartyEntry(string Party, string Standing, DateOnly Due, IReadOnlyList<SubmissionEntry> Submissions, int RemindersSent, IReadOnlyList<EscalationView> Escalations);

public sealed record CycleDetail(string Cycle, string Kind, DateOnly Opens, DateOnly Due, string State, StandingCounts? Counts, IReadOnlyList<PartyEntry> Parties);

/// <summary>What an item's detail reads: the cycles, submissions, escalations and mails of the programme, and the report reader.</summary>
public sealed record ItemStores(
    [FromServices] IItemCycleStore Cycles,
    [FromServices] ISubmissionStore Submissions,
    [FromServices] IEscalationStore Escalations,
    [FromServices] IOutbox Outbox,
    [FromServices] CycleReportReader Reader);

public sealed record ItemDetail(int Number, string Section, string Text, ProgrammeExport.ExportedDeadline Deadline, string Recurrence, string Deliverable, string Notes, IReadOnlyList<CycleDetail> Cycles);

/// <summary>The number in <c>GET /api/items/{number}</c>: a whole number; whether the timetable has that item is the handler's 404.</summary>
public sealed record ItemNumber(int Number)
{
    public static Checked<ItemNumber> Read(string number) =>
        int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? new ItemNumber(value)
            : Problems.Invalid("The item number is not valid", "number", $"\"{number}\" is not an item number");
}

/// <summary><c>GET /api/items</c> and <c>GET /api/items/{number}</c>: each item, per cycle each party's standing, submissions, reminders and escalations.</summary>
public static class ItemEndpoints
{
    public const string ListRoute = "api/items";
    public const string DetailRoute = "api/items/{number}";

    public static IEndpointRouteBuilder MapItems(this IEndpointRouteBuilder app, string programmeId)
    {
        var api = app.MapGroup(string.Empty).RequireAccess(RouteAccess.Read);
        api.MapGet("/" + ListRoute, ([FromServices] IProgrammeCatalog catalog, [FromServices] IItemCycleStore cycles, CancellationToken cancellation) =>
            ListAsync(catalog, cycles, programmeId, cancellation));
        api.MapGet("/" + DetailRoute, (string number, [FromServices] IProgrammeCatalog catalog, [AsParameters] ItemStores stores, CancellationToken cancellation) =>
            DetailAsync(number, catalog, stores, programmeId, cancellation));
        return app;
    }

    public static async Task<Ok<List<ItemListEntry>>> ListAsync(IProgrammeCatalog catalog, IItemCycleStore cycles, string programmeId, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(cycles);
        var programme = catalog.Load(programmeId);
        var states = (await cycles.ListAsync(programmeId, cancellation)).ToDictionary(s => (s.Item, s.Cycle));
        var exported = ProgrammeExport.ToItems(programme).ToDictionary(i => i.Number);
        return TypedResults.Ok(programme.Items.Select(item => new ItemListEntry(
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

    public static async Task<Results<Ok<ItemDetail>, ProblemHttpResult>> DetailAsync(
        string number, IProgrammeCatalog catalog, ItemStores stores, string programmeId, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(stores);
        var (asked, refusal) = ItemNumber.Read(number);
        if (asked is null)
            return refusal!;
        var itemNumber = asked.Number;
        var programme = catalog.Load(programmeId);
        if (programme.Items.FirstOrDefault(i => i.Number == itemNumber) is not { } item)
            return Problems.NotFound("No such item", $"The timetable has items 1 to {programme.Items.Count}.");

        var escalations = (await stores.Escalations.ListAsync(programmeId, cancellation)).Where(e => e.Item == itemNumber).ToList();
        var outbox = (await stores.Outbox.ListAsync(programmeId, cancellation)).Where(m => m.Item == itemNumber).ToList();
        var cycles = new List<CycleDetail>();
        foreach (var cycle in ProgrammeSchedule.CyclesOf(programme, item))
        {
            var state = await stores.Cycles.GetAsync(programmeId, itemNumber, cycle.Cycle, cancellation);
            if (state is null)
            {
                cycles.Add(new CycleDetail(cycle.Cycle, Kind(cycle), cycle.Opens, cycle.Due, StateOf(null), null, []));
                continue;
            }

            var versions = await stores.Submissions.ListAsync(programmeId, itemNumber, cycle.Cycle, cancellation);
            var asOf = DateOnly.FromDateTime((state.ClosedAt ?? LatestActivity(cycle.Cycle, state.OpenedAt, outbox, versions, escalations)).UtcDateTime);
            var report = await stores.Reader.ReadAsync(cycle, asOf, escalations, versions);
            cycles.Add(new CycleDetail(cycle.Cycle, Kind(cycle), cycle.Opens, cycle.Due, StateOf(state), report.Counts, [.. report.Parties.Select(p => new PartyEntry(
                p.Code,
                p.Standing,
                p.Due,
                [.. versions.Where(v => v.Party == p.Code).Select(v => new SubmissionEntry(v.Version, v.SubmittedAt, v.Status.ToName(), v.DelegateId, v.Attachments.Count))],
                outbox.Where(m => m.Cycle == cycle.Cycle && m.Party == p.Code && m.Kind is NotificationKinds.Reminder or NotificationKinds.Overdue)
                    .Select(m => m.Sequence).Distinct().Count(),
                [.. escalations.Where(e => e.Cycle == cycle.Cycle && e.Party == p.Code).Select(EscalationView.Of)]))]));
        }

        var exported = ProgrammeExport.ToItems(programme).Single(i => i.Number == itemNumber);
        return TypedResults.Ok(new ItemDetail(item.Number, item.Section, item.Text, exported.Deadline, exported.Recurrence, item.Deliverable, item.Notes, cycles));
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
