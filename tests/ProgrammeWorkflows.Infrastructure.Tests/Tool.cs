using System.Diagnostics;
using System.Reflection;

namespace ProgrammeWorkflows.Infrastructure.Tests;

/// <summary>Runs a command-line tool of the build (Bicep, actionlint) and captures what it says.</summary>
internal sealed record ToolRun(int ExitCode, string Output)
{
    public static string Metadata(string key) =>
        typeof(ToolRun).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    public static string RepositoryRoot => Metadata("RepositoryRoot");

    public static async Task<ToolRun> RunAsync(string executable, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(executable) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new ToolRun(process.ExitCode, await output + await error);
    }

    /// <summary>A copy of a folder of the repository to break on purpose, removed afterwards.</summary>
    public static CopiedFolder Copy(string relative) => new(Path.Combine(RepositoryRoot, relative));
}

internal sealed class CopiedFolder : IDisposable
{
    public CopiedFolder(string source)
    {
        Path = Directory.CreateTempSubdirectory("infra-").FullName;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Path { get; }

    public void Append(string relative, string text) => File.AppendAllText(System.IO.Path.Combine(Path, relative), text);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
