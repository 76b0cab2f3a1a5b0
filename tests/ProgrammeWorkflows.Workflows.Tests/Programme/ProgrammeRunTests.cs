using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Domain.Reports;
using ProgrammeWorkflows.Domain.Submissions;
using ProgrammeWorkflows.Workflows.Activities;
using ProgrammeWorkflows.Workflows.AnnualReports;
using ProgrammeWorkflows.Workflows.Items;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Programme;
using ProgrammeWorkflows.Workflows.Simulation;
using ProgrammeWorkflows.Workflows.Tests.Infrastructure;
using ProgrammeWorkflows.Workflows.Time;

namespace ProgrammeWorkflows.Workflows.Tests.Programme;

[Collection(OnTheDurableEngine.Name)]
public sealed class ProgrammeRunTests(WorkflowHost host)
{
    private async Task<OrchestrationMetadata> CompletedAsync(string instanceId)
    {
        using var patience = new CancellationTokenSource(Speeds.Patience);
        var done = await host.Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, patience.Token);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Null(done.FailureDetails);
        return done;
    }

    [Fact]
    public async Task A_recurring_item_runs_a_cycle_per_year_and_a_standing_item_gets_its_yearly_status_request()
    {
        var programme = host.NewProgramme();
        host.Behaviours.Set(programme.Id, 1, "1998", "EL", DelegateBehaviour.Never);
        var run = new ProgrammeRun(programme.Id, ProgrammeClock.Starting(programme.Period.From, DateTimeOffset.UtcNow, Speeds.DaysPerSecond(250)), ProduceAnnualReports: false, Items: [1, 13]);

        var start = await host.Get<ProgrammeStarter>().StartAsync(host.Client, run);
        var done = await CompletedAsync(start.InstanceId);

        Assert.True(start.Started);
        var outcome = done.ReadOutputAs<ProgrammeOutcome>()!;
        Assert.Equal((4, 0), (outcome.Cycles, outcome.Failed));
        Assert.Empty(outcome.AnnualReports);
        foreach (var cycle in new[] { "1997", "1998" })
        {
            var item13 = (await CompletedAsync(ItemCycle.InstanceIdOf(programme.Id, 13, cycle))).ReadOutputAs<ItemOutcome>()!;
            Assert.Equal(16, item13.Parties.Count);
            Assert.All(item13.Parties, p => Assert.Equal("on-time", p.Standing));
            Assert.Equal(new DateOnly(int.Parse(cycle, System.Globalization.CultureInfo.InvariantCulture), 12, 31), item13.Parties[0].Due);
        }

        var outbox = await host.Get<IOutbox>().ListAsync(programme.Id);
        Assert.Equal(2 * 16 * 2, outbox.Count(m => m is { Item: 13, Kind: NotificationKinds.Invitation }));
        Assert.Contains(outbox, m => m is { Item: 13, Cycle: "1998", Kind: NotificationKinds.Invitation } && m.ProgrammeDate >= new DateTimeOffset(1998, 1, 1, 0, 0, 0, TimeSpan.Zero));

        // The standing item: a status request in each year (1 November), no reminder ladder, no escalation.
        var requests = outbox.Where(m => m is { Item: 1, Kind: NotificationKinds.StatusRequest }).ToList();
        Assert.Equal(2 * 15 * 2, requests.Count);
        Assert.All(requests, m => Assert.Equal(11, m.ProgrammeDate.Month));
        Assert.DoesNotContain(outbox, m => m.Item == 1 && m.Kind is NotificationKinds.Reminder or NotificationKinds.Overdue or NotificationKinds.Escalation);
        var standing1998 = (await CompletedAsync(ItemCycle.InstanceIdOf(programme.Id, 1, "1998"))).ReadOutputAs<ItemOutcome>()!;
        Assert.Equal("missing", standing1998.Parties.Single(p => p.Party == "EL").Standing);
        Assert.Empty(await host.Get<IEscalationStore>().ListAsync(programme.Id));
    }

    [Fact]
    public async Task Starting_a_programme_twice_starts_nothing_new()
    {
        var programme = host.NewProgramme();
        var run = new ProgrammeRun(programme.Id, ProgrammeClock.Starting(programme.Period.From, DateTimeOffset.UtcNow, Speeds.DaysPerSecond(500)), ProduceAnnualReports: false, Items: [16]);
        var starter = host.Get<ProgrammeStarter>();

        var first = await starter.StartAsync(host.Client, run);
        var second = await starter.StartAsync(host.Client, run with { Clock = ProgrammeClock.RealTime(DateTimeOffset.UtcNow) });
        await CompletedAsync(first.InstanceId);
        var third = await starter.StartAsync(host.Client, run);

        Assert.True(first.Started);
        Assert.False(second.Started);
        Assert.False(third.Started);
        Assert.Equal(run.Clock, second.Clock);
        var instances = new List<string>();
        await foreach (var instance in host.Client.GetAllInstancesAsync(new OrchestrationQuery { InstanceIdPrefix = programme.Id }))
            instances.Add(instance.InstanceId);
        Assert.Equal([programme.Id, ItemCycle.InstanceIdOf(programme.Id, 16, "1997")], instances.Order(StringComparer.Ordinal));
        Assert.Equal(2, (await host.Get<IOutbox>().ListAsync(programme.Id)).Count(m => m.Kind == NotificationKinds.Invitation));
    }

    [Fact]
    public async Task A_submission_stored_while_its_event_is_lost_is_seen_at_the_next_timer()
    {
        var programme = host.NewProgramme();
        var cycle = (await LiveItem.StartAsync(host, programme, 18, "1998", daysPerSecond: 200, party => party == "BE" ? DelegateBehaviour.Never : DelegateBehaviour.OnInvitation)).Cycle;

        // Belgium's answer reaches the store, but its event never reaches the orchestration.
        var delegateId = host.Directory.Of("BE")[0].Id;
        await host.Get<ISubmissionStore>().AppendAsync(new Submission(
            programme.Id, 18, "1998", "BE", 0, delegateId, SubmissionStatus.Done, "nominated", [], new DateTimeOffset(1997, 7, 2, 0, 0, 0, TimeSpan.Zero), DateTimeOffset.UtcNow));
        var outcome = (await CompletedAsync(cycle.InstanceId)).ReadOutputAs<ItemOutcome>()!;

        Assert.Equal("on-time", outcome.Parties.Single(p => p.Party == "BE").Standing);
        var outbox = await host.Get<IOutbox>().ListAsync(programme.Id);
        Assert.DoesNotContain(outbox, m => m.Party == "BE" && m.Kind is NotificationKinds.Reminder or NotificationKinds.Overdue);
        Assert.Empty(await host.Get<IEscalationStore>().ListAsync(programme.Id));
    }

    [Fact]
    public async Task A_decision_stored_while_its_event_is_lost_is_applied_at_the_next_timer()
    {
        var programme = host.NewProgramme();
        var policy = programme.FollowUp with { OverdueReminderEveryDays = 100, OverdueRemindersAtMost = 1, SecondLevelAfterDays = 4000, CloseAfterDays = 5000 };
        var (_, cycle, clock) = await LiveItem.StartAsync(host, programme, 25, "1997", daysPerSecond: 40, party => party == "FI" ? DelegateBehaviour.Never : DelegateBehaviour.OnInvitation, policy);
        var escalations = host.Get<IEscalationStore>();
        var escalation = await Eventually.GetAsync(async () => (await escalations.ListAsync(programme.Id)).SingleOrDefault(), "Finland's escalation");

        // The Presidency's waiver reaches the store, but its event never reaches the orchestration.
        await escalations.UpdateAsync(programme.Id, escalation.Id, e => e.Waive(clock.ToProgramme(DateTimeOffset.UtcNow), "Presidency", "decided while the engine was away"));
        var outcome = (await CompletedAsync(cycle.InstanceId)).ReadOutputAs<ItemOutcome>()!;

        Assert.Equal("waived", outcome.Parties.Single(p => p.Party == "FI").Standing);
        Assert.DoesNotContain(await host.Get<IOutbox>().ListAsync(programme.Id), m => m is { Party: "FI", Kind: NotificationKinds.Overdue, Sequence: "r0-1" });
    }

    [Fact]
    public async Task The_annual_report_covers_every_item_of_the_timetable()
    {
        var programme = host.NewProgramme();
        var run = new AnnualReportRun(programme.Id, 1998, ProgrammeClock.Starting(new DateOnly(1999, 1, 31), DateTimeOffset.UtcNow, 1));

        await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(AnnualReportOrchestrator), run, new StartOrchestrationOptions { InstanceId = run.InstanceId });
        var reportId = (await CompletedAsync(run.InstanceId)).ReadOutputAs<string>()!;

        var report = JsonSerializer.Deserialize<AnnualReport>((await host.Get<IReportStore>().GetModelJsonAsync(programme.Id, reportId))!, ReportJson.Options)!;
        Assert.Equal(1998, report.Year);
        Assert.Equal(Enumerable.Range(1, 43), report.Matrix.Select(r => r.Item));
        Assert.All(report.Matrix, row => Assert.Equal(17, row.Cells.Count));
        Assert.Contains("Point 10", report.Opening[0], StringComparison.Ordinal);
        Assert.Contains("1998", report.Opening[1], StringComparison.Ordinal);
        var outbox = await host.Get<IOutbox>().ListAsync(programme.Id);
        Assert.Equal(["DE", "WP"], outbox.Where(m => m.Kind == NotificationKinds.AnnualReport).Select(m => host.Directory.Delegates.First(d => d.Email == m.ToAddress).Party).Distinct().Order(StringComparer.Ordinal));
    }
}
