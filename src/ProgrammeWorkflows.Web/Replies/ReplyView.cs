using Microsoft.Extensions.DependencyInjection;
using ProgrammeWorkflows.Domain.Delegates;
using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Domain.Parties;
using ProgrammeWorkflows.Domain.Programme;
using ProgrammeWorkflows.Domain.Submissions;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Web.Replies;

/// <summary>What the reply page shows: the item, the party, its due date in force, its earlier answers, and whether it can still answer.</summary>
public sealed record ReplyView(TimetableItem Item, ItemCycle Cycle, Party Party, PartyDelegate? Delegate, DateOnly Due, IReadOnlyList<Submission> Earlier, ItemCycleState State)
{
    public static async Task<ReplyView?> LoadAsync(IServiceProvider services, LinkScope scope, CancellationToken cancellationToken)
    {
        var programme = services.GetRequiredService<IProgrammeCatalog>().Load(scope.ProgrammeId);
        var cycle = ProgrammeSchedule.CyclesOf(programme, programme.Item(scope.Item)).FirstOrDefault(c => c.Cycle == scope.Cycle);
        var state = await services.GetRequiredService<IItemCycleStore>().GetAsync(scope.ProgrammeId, scope.Item, scope.Cycle, cancellationToken);
        if (cycle is null || state is null || !cycle.Owners.Contains(scope.Party))
            return null;
        var earlier = await services.GetRequiredService<ISubmissionStore>().ListAsync(scope.ProgrammeId, scope.Item, scope.Cycle, scope.Party, cancellationToken);
        IReadOnlyList<Escalation> escalations = [.. (await services.GetRequiredService<IEscalationStore>().ListAsync(scope.ProgrammeId, cancellationToken))
            .Where(e => e.Item == scope.Item && e.Cycle == scope.Cycle && e.Party == scope.Party)];
        return new ReplyView(
            programme.Item(scope.Item),
            cycle,
            programme.Parties[scope.Party],
            services.GetRequiredService<IDelegateDirectorySource>().Current.Find(scope.DelegateId),
            StandingRules.EffectiveDue(cycle, escalations),
            earlier,
            state);
    }
}
