using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using ProgrammeWorkflows.Adapters.Links;
using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Domain.Programme;
using ProgrammeWorkflows.Workflows.Items;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Simulation;
using ProgrammeWorkflows.Workflows.Time;

namespace ProgrammeWorkflows.Workflows.Tests.Infrastructure;

/// <summary>An item orchestration running for real from its opening, with each owner's simulated behaviour, for a test to act on.</summary>
internal sealed record LiveItem(WorkflowHost Host, ItemCycle Cycle, ProgrammeClock Clock)
{
    /// <summary>An item of the web programme (its first cycle); owners not named never answer.</summary>
    public static Task<LiveItem> StartAsync(WorkflowHost host, int item, double daysPerSecond, FollowUpPolicy? policy = null, IReadOnlyDictionary<string, DelegateBehaviour>? behaviours = null)
    {
        var cycle = ProgrammeSchedule.CyclesOf(host.WebProgramme, host.WebProgramme.Item(item)).First().Cycle;
        return StartAsync(host, host.WebProgramme, item, cycle, daysPerSecond, party => behaviours?.GetValueOrDefault(party, DelegateBehaviour.Never) ?? DelegateBehaviour.Never, policy);
    }

    /// <summary>An item cycle of a programme, its clock starting at <paramref name="from"/> (by default when the cycle opens).</summary>
    public static async Task<LiveItem> StartAsync(WorkflowHost host, ProgrammeDefinition programme, int item, string cycleName, double daysPerSecond, Func<string, DelegateBehaviour> behaviourOf, FollowUpPolicy? policy = null, DateOnly? from = null)
    {
        var cycle = ProgrammeSchedule.Find(programme, item, cycleName);
        foreach (var party in cycle.Owners)
            host.Behaviours.Set(programme.Id, item, cycle.Cycle, party, behaviourOf(party));
        var clock = ProgrammeClock.Starting(from ?? cycle.Opens, DateTimeOffset.UtcNow, Speeds.DaysPerSecond(daysPerSecond));
        await host.Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(ItemFollowUpOrchestrator), new ItemFollowUpInput(cycle, policy ?? programme.FollowUp, clock), new StartOrchestrationOptions { InstanceId = cycle.InstanceId });
        return new LiveItem(host, cycle, clock);
    }

    /// <summary>The reply link in the newest mail of a kind to a party's primary delegate, once it is there.</summary>
    public async Task<string> LinkAsync(string party, string kind = NotificationKinds.Invitation)
    {
        var primary = Host.Directory.Of(party)[0].Email;
        var mail = await Eventually.GetAsync(
            async () => (await Host.Get<IOutbox>().ListAsync(Cycle.ProgrammeId)).LastOrDefault(m => m.Item == Cycle.Item && m.Party == party && m.Kind == kind && m.ToAddress == primary),
            $"a {kind} to {party}");
        return new Uri(Host.Get<ReplyLinks>().LinkOf(mail)!).AbsolutePath;
    }

    /// <summary>The link of the party's newest mail that carries one: after a revocation, the only one still valid.</summary>
    public async Task<string> CurrentLinkAsync(string party)
    {
        var primary = Host.Directory.Of(party)[0].Email;
        var newest = (await Host.Get<IOutbox>().ListAsync(Cycle.ProgrammeId))
            .Where(m => m.Item == Cycle.Item && m.Cycle == Cycle.Cycle && m.Party == party && m.ToAddress == primary && m.LinkGeneration is not null)
            .MaxBy(m => m.ProgrammeDate);
        return new Uri(Host.Get<ReplyLinks>().LinkOf(newest ?? throw new InvalidOperationException($"no mail with a link to {party}"))!).AbsolutePath;
    }

    public async Task<IReadOnlyDictionary<string, string>> PartiesAsync()
    {
        var instance = await Host.Client.GetInstanceAsync(Cycle.InstanceId, getInputsAndOutputs: true);
        return instance?.ReadCustomStatusAs<ItemFollowUpStatus>()?.Parties ?? new Dictionary<string, string>();
    }

    public Task StandingAsync(string party, string standing) =>
        Eventually.HoldsAsync(async () => (await PartiesAsync()).GetValueOrDefault(party) == standing, $"{party} {standing} on item {Cycle.Item}");
}
