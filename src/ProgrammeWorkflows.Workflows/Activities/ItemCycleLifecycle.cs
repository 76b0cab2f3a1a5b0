using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Workflows.Activities;

public sealed record CycleOpening(ItemCycle Cycle, DateTimeOffset At);

public sealed record CycleClosing(ItemCycleRef Cycle, DateTimeOffset At);

/// <summary>Records that an item cycle is open: replies are accepted from now on.</summary>
public sealed class OpenItemCycle(IItemCycleStore cycles) : IWorkflowActivity<CycleOpening, bool>
{
    public async Task<bool> RunAsync(CycleOpening input)
    {
        await cycles.OpenAsync(input.Cycle, input.At);
        return true;
    }
}

/// <summary>Records that an item cycle is closed: no more replies or amendments.</summary>
public sealed class CloseItemCycle(IItemCycleStore cycles) : IWorkflowActivity<CycleClosing, bool>
{
    public async Task<bool> RunAsync(CycleClosing input)
    {
        await cycles.CloseAsync(input.Cycle.ProgrammeId, input.Cycle.Item, input.Cycle.Cycle, input.At, reportId: null);
        return true;
    }
}
