using ProgrammeWorkflows.Local.CommandLine;

namespace ProgrammeWorkflows.Local.Tests.CommandLine;

/// <summary>Runs the local host's real command line in-process and captures what it prints and its exit code.</summary>
internal sealed record CommandRun(int ExitCode, string Output, string Error)
{
    public static async Task<CommandRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await LocalCommandLine.InvokeAsync(args, output, error);
        return new CommandRun(exitCode, output.ToString(), error.ToString());
    }
}

/// <summary>The local host's real program in a process of its own, as a person starts it (output redirected).</summary>
internal static class LocalProgram
{
    public static System.Diagnostics.ProcessStartInfo StartInfo(string workingDirectory, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "ProgrammeWorkflows.Local.dll"), .. args])
            start.ArgumentList.Add(argument);
        return start;
    }
}

/// <summary>A scratch folder for files a test writes, removed afterwards.</summary>
internal sealed class ScratchFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("programme-workflows-").FullName;

    public string Write(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
