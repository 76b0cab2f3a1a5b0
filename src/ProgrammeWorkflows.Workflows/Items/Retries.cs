using Microsoft.DurableTask;

namespace ProgrammeWorkflows.Workflows.Items;

/// <summary>How activities are retried: storage and mail calls can fail transiently; each activity is idempotent.</summary>
internal static class Retries
{
    public static readonly TaskOptions Activity = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: 5,
        firstRetryInterval: TimeSpan.FromMilliseconds(500),
        backoffCoefficient: 2,
        maxRetryInterval: TimeSpan.FromSeconds(30)));
}
