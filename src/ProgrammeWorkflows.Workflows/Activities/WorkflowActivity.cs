using Microsoft.DurableTask;
using ProgrammeWorkflows.Workflows.Telemetry;

namespace ProgrammeWorkflows.Workflows.Activities;

/// <summary>
/// An activity's logic, written once. Durable Task engines run it through <see cref="DurableActivity{TActivity,TInput,TOutput}"/>;
/// the Functions app calls it from its <c>[ActivityTrigger]</c> wrapper.
/// </summary>
public interface IWorkflowActivity<in TInput, TOutput>
{
    Task<TOutput> RunAsync(TInput input);
}

/// <summary>Runs an activity's logic as a Durable Task activity, the logic resolved with its services, in its span.</summary>
public sealed class DurableActivity<TActivity, TInput, TOutput>(TActivity activity) : TaskActivity<TInput, TOutput>
    where TActivity : IWorkflowActivity<TInput, TOutput>
{
    public override Task<TOutput> RunAsync(TaskActivityContext context, TInput input) => activity.RunTracedAsync(input);
}
