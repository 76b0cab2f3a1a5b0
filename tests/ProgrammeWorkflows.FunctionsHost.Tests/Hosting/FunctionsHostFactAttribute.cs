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

/// <summary>A test under the real host that drives Debian's chromium: skipped, saying why, where either is missing.</summary>
public sealed class FunctionsHostChromiumFactAttribute : FactAttribute
{
    public FunctionsHostChromiumFactAttribute()
    {
        if (FunctionsHostLauncher.Missing is { } why)
            Skip = why;
        else if (new ChromiumFactAttribute().Skip is { } noBrowser)
            Skip = noBrowser;
    }
}
