using System.CommandLine;

namespace ProgrammeWorkflows.Local.CommandLine;

/// <summary>The command line of the local host: every command, each in its own feature folder.</summary>
public static class LocalCommandLine
{
    public static RootCommand Create() =>
        new("ProgrammeWorkflows local host: follows up the timetable of an action programme on one machine, without Azure.")
        {
            ProgrammeCommands.Create(),
            DirectoryCommands.Create(),
            Simulation.SimulateCommand.Create(),
            Serve.ServeCommand.Create(),
            Reports.ReportCommands.Create(),
        };

    /// <summary>
    /// Runs a command line as the program does: exit 0 on success, 1 for invalid input, 2 (with one line on the error
    /// stream) for a configuration or environment the host cannot run with, 130 when stopped.
    /// </summary>
    public static async Task<int> InvokeAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
        if (output is not null)
            configuration.Output = output;
        if (error is not null)
            configuration.Error = error;
        try
        {
            return await Create().Parse(args).InvokeAsync(configuration);
        }
        catch (OperationCanceledException)
        {
            configuration.Error.WriteLine("Stopped.");
            return 130;
        }
        catch (Exception e) when (IsExpected(e))
        {
            configuration.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }

    /// <summary>Failures that are the machine's or the configuration's, reported as one line and exit code 2.</summary>
    public static bool IsExpected(Exception e) => e is Hosting.LocalConfigurationException or FileNotFoundException or Microsoft.Extensions.Options.OptionsValidationException
        or System.Net.Http.HttpRequestException or IOException or UnauthorizedAccessException;
}
