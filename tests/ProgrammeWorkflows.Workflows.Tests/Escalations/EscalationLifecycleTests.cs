using Microsoft.DurableTask.Client;
using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Workflows.Intake;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Simulation;
using ProgrammeWorkflows.Workflows.Tests.Infrastructure;

namespace ProgrammeWorkflows.Workflows.Tests.Escalations;

/// <summary>
/// Escalations end where they should (issue 19): a party that misses the date the Presidency extended it to gets a new
/// escalation that names the one before, which is superseded, not left "extended" for good; and the cycle that closes
/// with the party still missing is recorded on its open escalation, which stays in the queue.
/// </summary>
[Collection(OnTheDurableEngine.Name)]
public sealed class EscalationLifecycleTests(WorkflowHost host)
{
    [Fact]
    public async Task A_party_that_misses_its_extended_date_gets_a_new_escalation_naming_the_superseded_one()
    {
        var programme = host.NewProgramme();
        var (_, cycle, clock) = await LiveItem.StartAsync(host, programme, 6, "1998", daysPerSecond: 5, party => party == "EL" ? DelegateBehaviour.Never : DelegateBehaviour.OnInvitation, from: new DateOnly(1998, 3, 25));
        var escalations = host.Get<IEscalationStore>();
        var first = await Eventually.GetAsync(async () => (await escalations.ListAsync(programme.Id)).FirstOrDefault(e => e.Party == "EL"), "Greece's escalation");

        var newDue = clock.ProgrammeDayOf(DateTimeOffset.UtcNow).AddDays(10);
        var extended = await host.Get<EscalationDecisions>().DecideAsync(host.Client, programme.Id, first.Id, new DecisionRequest(PresidencyDecision.Extend, "UK Presidency", "asked for time", newDue));
        Assert.Equal(EscalationState.Extended, extended!.State);
        using var patience = new CancellationTokenSource(Speeds.Patience);
        await host.Client.WaitForInstanceCompletionAsync(cycle.InstanceId, patience.Token);

        var greece = (await escalations.ListAsync(programme.Id)).Where(e => e.Party == "EL").OrderBy(e => e.Round).ToList();
        Assert.Equal([0, 1], greece.Select(e => e.Round));
        var (before, after) = (greece[0], greece[1]);
        Assert.Equal(EscalationState.Superseded, before.State);
        Assert.Equal([EscalationEntryKind.Extend, EscalationEntryKind.Superseded], before.Decisions.Select(d => d.Kind));
        Assert.Contains(after.Id, before.Decisions[^1].Reason, StringComparison.Ordinal);
        Assert.Equal(before.Id, after.Previous);
        Assert.Equal(newDue, after.DueDate);
        Assert.Equal((EscalationState.Open, 2), (after.State, after.Level));
        Assert.Equal([EscalationEntryKind.SecondLevel, EscalationEntryKind.ClosedMissing], after.Decisions.Select(d => d.Kind));

        // The API's view says the same: the superseded one, and the open one naming it.
        Assert.Equal(("superseded", "open", before.Id), (Web.Escalations.EscalationView.Of(before).State, Web.Escalations.EscalationView.Of(after).State, Web.Escalations.EscalationView.Of(after).Previous));
    }
}
