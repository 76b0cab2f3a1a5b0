namespace ProgrammeWorkflows.Workflows.Tests.Infrastructure;

/// <summary>Waits for a condition on the real system (an orchestration reacting to an event), polling; never a fixed sleep.</summary>
internal static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T?>> probe, string what)
        where T : class
    {
        using var patience = new CancellationTokenSource(Speeds.Patience);
        while (true)
        {
            if (await probe() is { } found)
                return found;
            try
            {
                await Task.Delay(25, patience.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"still waiting for {what} after {Speeds.Patience}");
            }
        }
    }

    public static Task HoldsAsync(Func<Task<bool>> condition, string what) =>
        GetAsync<object>(async () => await condition() ? new object() : null, what);
}
