namespace ProgrammeWorkflows.Workflows.Activities;

/// <summary>An item cycle by its ids, as activities receive it (ids, not documents).</summary>
public sealed record ItemCycleRef(string ProgrammeId, int Item, string Cycle)
{
    public string InstanceId => Domain.FollowUp.ItemCycle.InstanceIdOf(ProgrammeId, Item, Cycle);
}
