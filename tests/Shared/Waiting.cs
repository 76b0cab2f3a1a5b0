namespace ProgrammeWorkflows.Tests;

/// <summary>Polls the real system until something shows (the workflows run on their own clock), or says what did not within the patience.</summary>
internal static class Waiting
{
    public static Task<object> ForAsync(Func<Task<bool>> condition, string what, TimeSpan patience) =>
        ForAsync(async () => await condition() ? new object() : null, what, patience);

    public static async Task<T> ForAsync<T>(Func<Task<T?>> probe, string what, TimeSpan patience)
        where T : class
    {
        var until = DateTime.UtcNow + patience;
        while (true)
        {
            if (await probe() is { } found)
                return found;
            if (DateTime.UtcNow > until)
                throw new TimeoutException($"waited {patience.TotalSeconds:0} s for {what}");
            await Task.Delay(200);
        }
    }
}
