using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Time;

namespace ProgrammeWorkflows.Workflows.Programme;

public sealed record ProgrammeStart(string InstanceId, bool Started, ProgrammeClock Clock);

/// <summary>
/// Starts a programme's orchestration once: a second start finds it and starts nothing new. The durable client is the
/// caller's: each host hands over its own.
/// </summary>
public sealed class ProgrammeStarter(IProgrammeCatalog catalog)
{
    public async Task<ProgrammeStart> StartAsync(DurableTaskClient client, ProgrammeRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(run);
        catalog.Load(run.ProgrammeId);
        if (await client.GetInstanceAsync(run.InstanceId, getInputsAndOutputs: true, cancellationToken) is { } existing)
            return new ProgrammeStart(run.InstanceId, false, existing.ReadInputAs<ProgrammeRun>()?.Clock ?? run.Clock);
        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(
                nameof(ProgrammeOrchestrator), run, new StartOrchestrationOptions { InstanceId = run.InstanceId }, cancellationToken);
            return new ProgrammeStart(run.InstanceId, true, run.Clock);
        }
        catch (Exception e) when (IsAlreadyExists(e))
        {
            // Started by a concurrent call between the look-up and the start.
            var winner = await client.GetInstanceAsync(run.InstanceId, getInputsAndOutputs: true, cancellationToken);
            return new ProgrammeStart(run.InstanceId, false, winner?.ReadInputAs<ProgrammeRun>()?.Clock ?? run.Clock);
        }
    }

    // The engines say it differently: gRPC's RpcException with status AlreadyExists, DurableTask.Core's OrchestrationAlreadyExistsException.
    private static bool IsAlreadyExists(Exception e) =>
        e.GetType().Name.Contains("AlreadyExists", StringComparison.Ordinal) || e.Message.Contains("AlreadyExists", StringComparison.Ordinal);
}
