using System.Collections.Concurrent;
using Microsoft.DurableTask.Client;
using ProgrammeWorkflows.Workflows.Items;
using ProgrammeWorkflows.Workflows.Time;

namespace ProgrammeWorkflows.Workflows.Intake;

/// <summary>
/// The programme clock an item orchestration runs on, read from its input (so a reply is stamped with the programme time
/// of the run it answers, at any speed). Remembered once read: a clock never changes for an instance. One per process:
/// the client is the caller's (the Functions app gets one per invocation from its binding), the memory is shared.
/// </summary>
public sealed class ItemClocks
{
    private readonly ConcurrentDictionary<string, ProgrammeClock> known = new(StringComparer.Ordinal);

    public async Task<ProgrammeClock?> FindAsync(DurableTaskClient client, string itemInstanceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (known.TryGetValue(itemInstanceId, out var clock))
            return clock;
        var instance = await client.GetInstanceAsync(itemInstanceId, getInputsAndOutputs: true, cancellationToken);
        if (instance?.ReadInputAs<ItemFollowUpInput>()?.Clock is not { } found)
            return null;
        return known.GetOrAdd(itemInstanceId, found);
    }
}
