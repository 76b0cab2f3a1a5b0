namespace ProgrammeWorkflows.FunctionsHost.Tests.Hosting;

/// <summary>A test that runs the Functions app under the real Functions host; skipped, saying why, where no host is found.</summary>
public sealed class FunctionsHostFactAttribute : FactAttribute
{
    public FunctionsHostFactAttribute()
    {
        if (FunctionsHostLauncher.Missing is { } why)
            Skip = why;
    }
}
