using Microsoft.DurableTask.Client;
using ProgrammeWorkflows.Workflows.Telemetry;

namespace ProgrammeWorkflows.Workflows.Intake;

/// <summary>
/// Store first, then signal: after a submission or a decision is stored, the item orchestration is told. Telling it may
/// fail (the engine down); that is not the caller's failure: stored means accepted, and the follow-up reads the store at
/// its next timer. The one way the intake raises an event.
/// </summary>
internal static class StoredEvent
{
    /// <param name="lost">What to say when the event could not be raised (the caller logs it in its own words).</param>
    public static async Task RaiseAsync(DurableTaskClient client, string instanceId, string eventName, object payload, Action<Exception> lost, CancellationToken cancellationToken)
    {
        using var raising = WorkflowTelemetry.StartRaiseEvent(instanceId, eventName);
        try
        {
            await client.RaiseEventAsync(instanceId, eventName, payload, cancellationToken);
        }
#pragma warning disable CA1031 // Stored means accepted: the follow-up reads the store at its next timer.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            WorkflowTelemetry.RecordFailure(raising, e);
            lost(e);
        }
    }
}
