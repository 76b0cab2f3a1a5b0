using DurableTask.Core;
using DurableTask.Core.History;
using DurableTask.Core.Query;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using CoreOrchestrationQuery = DurableTask.Core.Query.OrchestrationQuery;
using CoreStatus = DurableTask.Core.OrchestrationStatus;
using OrchestrationQuery = Microsoft.DurableTask.Client.OrchestrationQuery;
using PurgeResult = Microsoft.DurableTask.Client.PurgeResult;

namespace ProgrammeWorkflows.Engines.AzureStorage;

/// <summary>
/// The <see cref="DurableTaskClient"/> the endpoints use, over DurableTask.Core's <see cref="IOrchestrationServiceClient"/>
/// (the SDK's own shim client package is not served here). Payloads go through the same data converter as the worker's
/// shims, so an input is read exactly as it was written. What the system does not use says so.
/// </summary>
internal sealed class CoreDurableTaskClient(IOrchestrationServiceClient client, DataConverter converter) : DurableTaskClient("azurestorage")
{
    public override async Task<string> ScheduleNewOrchestrationInstanceAsync(
        TaskName orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        var instance = new OrchestrationInstance
        {
            InstanceId = options?.InstanceId ?? Guid.NewGuid().ToString("N"),
            ExecutionId = Guid.NewGuid().ToString("N"),
        };
        var message = new TaskMessage
        {
            OrchestrationInstance = instance,
            Event = new ExecutionStartedEvent(-1, converter.Serialize(input))
            {
                Name = orchestratorName.Name,
                Version = string.Empty,
                OrchestrationInstance = instance,
                ScheduledStartTime = options?.StartAt?.UtcDateTime,
            },
        };

        // An instance that exists in any state but a final one is not started again (OrchestrationAlreadyExistsException).
        await client.CreateTaskOrchestrationAsync(message, [CoreStatus.Pending, CoreStatus.Running, CoreStatus.Suspended]);
        return instance.InstanceId;
    }

    public override Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new EventRaisedEvent(-1, converter.Serialize(eventPayload)) { Name = eventName }, cancellation);

    public override Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new ExecutionSuspendedEvent(-1, reason), cancellation);

    public override Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new ExecutionResumedEvent(-1, reason), cancellation);

    public override Task TerminateInstanceAsync(string instanceId, TerminateInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        return client.ForceTerminateTaskOrchestrationAsync(instanceId, converter.Serialize(options?.Output));
    }

    public override async Task<OrchestrationMetadata?> GetInstancesAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        var states = await client.GetOrchestrationStateAsync(instanceId, allExecutions: false);
        // Azure Storage answers an unknown instance with a list holding null.
        return states?.FirstOrDefault(s => s is not null) is { } state ? ToMetadata(state, getInputsAndOutputs) : null;
    }

    public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null)
    {
        var queries = client as IOrchestrationServiceQueryClient
            ?? throw new NotSupportedException("this orchestration service cannot list instances");
        return Pageable.Create(async (continuation, pageSize, cancellation) =>
        {
            var query = new CoreOrchestrationQuery
            {
                RuntimeStatus = filter?.Statuses?.Select(s => (CoreStatus)(int)s).ToList(),
                CreatedTimeFrom = filter?.CreatedFrom?.UtcDateTime,
                CreatedTimeTo = filter?.CreatedTo?.UtcDateTime,
                PageSize = pageSize ?? filter?.PageSize ?? OrchestrationQuery.DefaultPageSize,
                ContinuationToken = continuation ?? filter?.ContinuationToken,
                InstanceIdPrefix = filter?.InstanceIdPrefix,
                FetchInputsAndOutputs = filter?.FetchInputsAndOutputs ?? false,
            };
            var result = await queries.GetOrchestrationWithQueryAsync(query, cancellation);
            return new Page<OrchestrationMetadata>([.. result.OrchestrationState.Select(s => ToMetadata(s, query.FetchInputsAndOutputs))], result.ContinuationToken);
        });
    }

    public override Task<OrchestrationMetadata> WaitForInstanceStartAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        PollAsync(instanceId, getInputsAndOutputs, m => m.RuntimeStatus != OrchestrationRuntimeStatus.Pending, cancellation);

    public override Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        PollAsync(instanceId, getInputsAndOutputs, m => m.IsCompleted, cancellation);

    public override Task<PurgeResult> PurgeInstanceAsync(string instanceId, PurgeInstanceOptions? options = null, CancellationToken cancellation = default) =>
        throw Unused(nameof(PurgeInstanceAsync));

    public override Task<PurgeResult> PurgeAllInstancesAsync(PurgeInstancesFilter filter, PurgeInstanceOptions? options = null, CancellationToken cancellation = default) =>
        throw Unused(nameof(PurgeAllInstancesAsync));

    public override ValueTask DisposeAsync() => default;

    private static NotSupportedException Unused(string what) =>
        new($"{what} is not offered by the local Azure Storage engine; the system does not use it");

    /// <summary>Reads the instance table until the instance is in the state asked for, as the provider's own wait does, but until cancelled.</summary>
    private async Task<OrchestrationMetadata> PollAsync(string instanceId, bool getInputsAndOutputs, Func<OrchestrationMetadata, bool> reached, CancellationToken cancellation)
    {
        while (true)
        {
            if (await GetInstancesAsync(instanceId, getInputsAndOutputs, cancellation) is { } metadata && reached(metadata))
                return metadata;
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellation);
        }
    }

    private Task SendAsync(string instanceId, HistoryEvent historyEvent, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        return client.SendTaskOrchestrationMessageAsync(new TaskMessage { OrchestrationInstance = new OrchestrationInstance { InstanceId = instanceId }, Event = historyEvent });
    }

    private OrchestrationMetadata ToMetadata(OrchestrationState state, bool getInputsAndOutputs) =>
        new(state.Name, state.OrchestrationInstance.InstanceId)
        {
            DataConverter = getInputsAndOutputs ? converter : null,
            RuntimeStatus = (OrchestrationRuntimeStatus)(int)state.OrchestrationStatus,
            CreatedAt = new DateTimeOffset(DateTime.SpecifyKind(state.CreatedTime, DateTimeKind.Utc)),
            LastUpdatedAt = new DateTimeOffset(DateTime.SpecifyKind(state.LastUpdatedTime, DateTimeKind.Utc)),
            SerializedInput = state.Input,
            SerializedOutput = state.Output,
            SerializedCustomStatus = state.Status,
            FailureDetails = ToDetails(state.FailureDetails),
        };

    private static TaskFailureDetails? ToDetails(FailureDetails? details) =>
        details is null ? null : new TaskFailureDetails(details.ErrorType, details.ErrorMessage, details.StackTrace, ToDetails(details.InnerFailure), Properties: null);
}
