using DurableTask.Core;
using Microsoft.DurableTask.Worker.Shims;
using ProgrammeWorkflows.Workflows;

namespace ProgrammeWorkflows.Engines.AzureStorage;

/// <summary>
/// The workflows' orchestrators for DurableTask.Core's <see cref="TaskHubWorker"/>: by name, a fresh
/// <c>Microsoft.DurableTask</c> orchestrator wrapped in its shim for each execution.
/// </summary>
internal sealed class ShimmedOrchestrations(DurableTaskShimFactory shims) : INameVersionObjectManager<TaskOrchestration>
{
    private readonly Dictionary<string, OrchestratorTask> tasks = WorkflowRegistration.OrchestratorTasks.ToDictionary(t => t.Name, StringComparer.Ordinal);

    public void Add(ObjectCreator<TaskOrchestration> creator) =>
        throw new NotSupportedException("the orchestrators are the workflows' own (WorkflowRegistration.OrchestratorTasks)");

    public TaskOrchestration? GetObject(string name, string? version) =>
        tasks.TryGetValue(name, out var task) ? shims.CreateOrchestration(name, task.Create(), parent: null) : null;
}

/// <summary>The workflows' activities for DurableTask.Core's <see cref="TaskHubWorker"/>, each made with the host's services.</summary>
internal sealed class ShimmedActivities(DurableTaskShimFactory shims, IServiceProvider services) : INameVersionObjectManager<TaskActivity>
{
    private readonly Dictionary<string, ActivityTask> tasks = WorkflowRegistration.ActivityTasks.ToDictionary(t => t.Name, StringComparer.Ordinal);

    public void Add(ObjectCreator<TaskActivity> creator) =>
        throw new NotSupportedException("the activities are the workflows' own (WorkflowRegistration.ActivityTasks)");

    public TaskActivity? GetObject(string name, string? version) =>
        tasks.TryGetValue(name, out var task) ? shims.CreateActivity(name, task.Create(services)) : null;
}
