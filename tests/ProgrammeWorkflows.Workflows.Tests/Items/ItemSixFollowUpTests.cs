using System.Diagnostics;
using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using ProgrammeWorkflows.Adapters.Links;
using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Domain.Reports;
using ProgrammeWorkflows.Workflows.Activities;
using ProgrammeWorkflows.Workflows.Items;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Simulation;
using ProgrammeWorkflows.Workflows.Tests.Infrastructure;
using ProgrammeWorkflows.Workflows.Time;
using Xunit.Abstractions;

namespace ProgrammeWorkflows.Workflows.Tests.Items;

/// <summary>
/// Item 6 of the real programme (Member States report progress on central or reference services for risk analysis,
/// March 1998), run for real on the in-process engine with the 15 Member States taking every path of the follow-up.
/// </summary>
[Collection(OnTheDurableEngine.Name)]
public sealed class ItemSixFollowUpTests(WorkflowHost host, ITestOutputHelper output)
{
    private static readonly Dictionary<string, DelegateBehaviour> Behaviours = new()
    {
        ["BE"] = DelegateBehaviour.OnInvitation,
        ["DK"] = DelegateBehaviour.AfterFirstReminder,
        ["DE"] = DelegateBehaviour.Late,
        ["EL"] = DelegateBehaviour.Never,
        ["ES"] = DelegateBehaviour.Extended,
        ["FR"] = DelegateBehaviour.Waived,
        ["IE"] = DelegateBehaviour.OnInvitation,
        ["IT"] = DelegateBehaviour.Never,
        ["LU"] = DelegateBehaviour.AfterFirstReminder,
        ["NL"] = DelegateBehaviour.OnInvitation,
        ["AT"] = DelegateBehaviour.Late,
        ["PT"] = DelegateBehaviour.Never,
        ["FI"] = DelegateBehaviour.OnInvitation,
        ["SE"] = DelegateBehaviour.AfterFirstReminder,
        ["UK"] = DelegateBehaviour.OnInvitation,
    };

    [Fact]
    public async Task Fifteen_states_on_time_late_never_extended_and_waived()
    {
        var programme = host.NewProgramme();
        var watch = Stopwatch.StartNew();
        var cycle = (await LiveItem.StartAsync(host, programme, 6, "1998", daysPerSecond: 100, party => Behaviours[party])).Cycle;
        using var patience = new CancellationTokenSource(Speeds.Patience);
        var done = await host.Client.WaitForInstanceCompletionAsync(cycle.InstanceId, getInputsAndOutputs: true, patience.Token);
        output.WriteLine($"item 6, 15 states, a full cycle 1997-07-01 to close: {watch.Elapsed.TotalSeconds:0.0} s wall at 100 programme days per second");

        // Completed, not failed: the engine replays the orchestration at every step, and a non-deterministic decision would fail it.
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Null(done.FailureDetails);
        Assert.Equal("csap1997-item06-1998".Replace("csap1997", programme.Id, StringComparison.Ordinal), cycle.InstanceId);

        var outcome = done.ReadOutputAs<ItemOutcome>()!;
        var standings = outcome.Parties.ToDictionary(p => p.Party, p => p.Standing);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["BE"] = "on-time", ["DK"] = "on-time", ["DE"] = "late", ["EL"] = "missing", ["ES"] = "on-time",
                ["FR"] = "waived", ["IE"] = "on-time", ["IT"] = "missing", ["LU"] = "on-time", ["NL"] = "on-time",
                ["AT"] = "late", ["PT"] = "missing", ["FI"] = "on-time", ["SE"] = "on-time", ["UK"] = "on-time",
            },
            standings);

        // Escalations go exactly to the states that missed March 1998, all to the United Kingdom Presidency (1998 H1).
        var escalations = (await host.Get<IEscalationStore>().ListAsync(programme.Id)).ToDictionary(e => e.Party);
        Assert.Equal(["AT", "DE", "EL", "ES", "FR", "IT", "PT"], escalations.Keys.Order(StringComparer.Ordinal));
        Assert.All(escalations.Values, e => Assert.Equal("UK", e.RaisedTo));
        Assert.All(escalations.Values, e => Assert.Equal(new DateOnly(1998, 3, 31), e.DueDate));
        Assert.All(escalations.Values, e => Assert.Equal(new DateOnly(1998, 4, 1), DateOnly.FromDateTime(e.RaisedAt.UtcDateTime)));
        Assert.Equal(EscalationState.Resolved, escalations["DE"].State);
        Assert.Equal(EscalationEntryKind.LateSubmission, escalations["DE"].Decisions[^1].Kind);
        // Spain delivered within its extension: the extended escalation ends, resolved by its submission (issue 19).
        Assert.Equal(EscalationState.Resolved, escalations["ES"].State);
        Assert.Equal([EscalationEntryKind.Extend, EscalationEntryKind.LateSubmission], escalations["ES"].Decisions.Select(d => d.Kind));
        Assert.Equal(EscalationState.Waived, escalations["FR"].State);
        foreach (var never in new[] { "EL", "IT", "PT" })
        {
            // The cycle closed with them missing: recorded on the escalation, which stays open for the Presidency.
            Assert.Equal(EscalationState.Open, escalations[never].State);
            Assert.Equal(2, escalations[never].Level);
            Assert.Equal([EscalationEntryKind.SecondLevel, EscalationEntryKind.ClosedMissing], escalations[never].Decisions.Select(d => d.Kind));
        }

        Assert.Equal(1, escalations["DE"].Level);

        // Reminders and overdue notices never go to a party after it has submitted; on-time parties get no overdue notice.
        var outbox = await host.Get<IOutbox>().ListAsync(programme.Id);
        var submissions = await host.Get<ISubmissionStore>().ListAsync(programme.Id, 6, "1998");
        foreach (var party in Behaviours.Keys)
        {
            var first = submissions.Where(s => s.Party == party).Select(s => (DateTimeOffset?)s.SubmittedAt).Min();
            var chasers = outbox.Where(m => m.Party == party && m.Kind is NotificationKinds.Reminder or NotificationKinds.Overdue).ToList();
            if (first is { } submittedAt)
                Assert.All(chasers, m => Assert.True(m.ProgrammeDate <= submittedAt, $"{m.Kind} {m.Sequence} to {party} on {m.ProgrammeDate:yyyy-MM-dd}, after its submission of {submittedAt:yyyy-MM-dd}"));
        }

        Assert.DoesNotContain(outbox, m => m.Party == "BE" && m.Kind is NotificationKinds.Reminder or NotificationKinds.Overdue);
        Assert.Contains(outbox, m => m is { Party: "DK", Kind: NotificationKinds.Reminder, Sequence: "r1" });
        Assert.DoesNotContain(outbox, m => m is { Party: "DK", Kind: NotificationKinds.Reminder, Sequence: "r2" });
        Assert.Equal(3, outbox.Count(m => m.Party == "EL" && m.Kind == NotificationKinds.Reminder && m.ToAddress.StartsWith("delegate@", StringComparison.Ordinal)));
        Assert.Equal(4, outbox.Count(m => m.Party == "EL" && m.Kind == NotificationKinds.Overdue && m.ToAddress.StartsWith("delegate@", StringComparison.Ordinal)));
        var extendedTo = escalations["ES"].Decisions.Single(d => d.Kind == EscalationEntryKind.Extend).NewDueDate;
        Assert.Contains(outbox, m => m is { Party: "ES", Kind: NotificationKinds.Reminder, Sequence: "x1" } && m.DueDate == extendedTo);

        // Every mail a delegate can answer carries a personal link, never a Durable Functions webhook or key; each
        // delegate's link is one and the same in every mail of the cycle, and no two delegates share one.
        var links = host.Get<ReplyLinks>();
        var answerable = outbox.Where(m => m.Kind is NotificationKinds.Invitation or NotificationKinds.Reminder or NotificationKinds.Overdue).ToList();
        Assert.All(answerable, m => Assert.Matches(@"^http://127\.0\.0\.1:5080/reply/[A-Za-z0-9_.-]+$", links.LinkOf(m)));
        Assert.All(answerable.GroupBy(m => m.ToAddress), mails => Assert.Single(mails.Select(links.LinkOf).Distinct()));
        Assert.Equal(answerable.Select(m => m.ToAddress).Distinct().Count(), answerable.Select(links.LinkOf).Distinct().Count());

        // The escalation mail goes to the UK's delegates (the Presidency in office on 1 April 1998).
        var ukDelegates = host.Directory.Of("UK").Select(d => d.Email).ToHashSet();
        Assert.All(outbox.Where(m => m.Kind == NotificationKinds.Escalation), m => Assert.Contains(m.ToAddress, ukDelegates));
        Assert.Equal(7 * 2, outbox.Count(m => m is { Kind: NotificationKinds.Escalation } && m.Sequence.EndsWith("-l1", StringComparison.Ordinal)));

        // Every mail was sent once, through the folder transport: one complete .eml per outbox record, Date = programme time.
        Assert.All(outbox, m => Assert.Equal(OutboxState.Sent, m.State));
        var files = Directory.GetFiles(host.MailFolder, $"*-{programme.Id}.*.eml");
        Assert.Equal(outbox.Count, files.Length);
        var messages = await Task.WhenAll(files.Select(f => MimeKit.MimeMessage.LoadAsync(f)));
        Assert.All(messages, m => Assert.Equal("6", m.Headers["X-Programme-Item"]));
        Assert.Equal(outbox.Select(m => m.ProgrammeDate.AddTicks(-(m.ProgrammeDate.Ticks % TimeSpan.TicksPerSecond))).Order(), messages.Select(m => m.Date).Order());

        // The extension sends the same calendar entry again with a higher SEQUENCE.
        var spain = host.Directory.Of("ES")[0].Email;
        var entries = messages.Where(m => m.To.Mailboxes.Single().Address == spain && m.Attachments.Any())
            .Select(m => m.Attachments.OfType<MimeKit.MimePart>().Single())
            .Select(part => { using var stream = new MemoryStream(); part.Content!.DecodeTo(stream); return Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(stream.ToArray()))!.Events.Single(); })
            .OrderBy(e => e.Sequence)
            .ToList();
        Assert.Equal([0, 1], entries.Select(e => e.Sequence).Distinct());
        Assert.Single(entries.Select(e => e.Uid).Distinct());
        Assert.Equal(extendedTo, DateOnly.FromDateTime(entries[^1].DtStart!.Value));

        // The consolidated report names exactly the states that missed March 1998 and never answered.
        var reportJson = await host.Get<IReportStore>().GetModelJsonAsync(programme.Id, outcome.ReportId!);
        var report = JsonSerializer.Deserialize<ConsolidatedReport>(reportJson!, ReportJson.Options)!;
        Assert.Equal(["EL", "IT", "PT"], report.MissingParties);
        Assert.Equal(new StandingCounts(15, 9, 2, 3, 1, 0, 0), report.Counts);
        Assert.Equal(Behaviours.Keys.OrderBy(programme.Parties.ProtocolOrder), report.Parties.Select(p => p.Code));
        Assert.Equal(7, report.Escalations.Count);
        Assert.True((await host.Get<IItemCycleStore>().GetAsync(programme.Id, 6, "1998"))!.IsClosed);
    }
}
