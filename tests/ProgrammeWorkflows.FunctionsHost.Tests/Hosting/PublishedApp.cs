using System.Diagnostics;

namespace ProgrammeWorkflows.FunctionsHost.Tests.Hosting;

/// <summary>
/// <c>dotnet publish -c Release</c> of src/ProgrammeWorkflows.Functions, once per test run into a temporary folder, shared
/// by every host the fixtures start (in parallel: the first one publishes, the others wait for it).
/// </summary>
internal static class PublishedApp
{
    private static readonly Lazy<Task<string>> Folder = new(PublishAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    public static Task<string> FolderAsync() => Folder.Value;

    private static async Task<string> PublishAsync()
    {
        var output = Directory.CreateTempSubdirectory("programme-fnapp-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(output, recursive: true);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Repository.Root };
        foreach (var argument in new[] { "publish", Path.Combine("src", "ProgrammeWorkflows.Functions"), "-c", "Release", "-o", output, "-nologo" })
            start.ArgumentList.Add(argument);
        using var publish = Process.Start(start) ?? throw new InvalidOperationException("dotnet publish did not start");
        var stdout = publish.StandardOutput.ReadToEndAsync();
        var stderr = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0 || !File.Exists(Path.Combine(output, "host.json")))
            throw new InvalidOperationException($"dotnet publish of the Functions app failed ({publish.ExitCode}):\n{await stdout}\n{await stderr}");
        return output;
    }
}
