namespace ProgrammeWorkflows.FunctionsHost.Tests.Hosting;

/// <summary>The repository the tests run from: the nearest folder above the test's output that holds the solution.</summary>
internal static class Repository
{
    private static readonly Lazy<string> Found = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ProgrammeWorkflows.sln")))
                return folder.FullName;
        }

        throw new InvalidOperationException($"no ProgrammeWorkflows.sln above {AppContext.BaseDirectory}");
    });

    public static string Root => Found.Value;
}
