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

    /// <summary>Failures that are the machine's or the configuration's, reported as one line and exit code 2.</summary>
    public static bool IsExpected(Exception e) => e is Hosting.LocalConfigurationException or FileNotFoundException or Microsoft.Extensions.Options.OptionsValidationException
        or System.Net.Http.HttpRequestException or IOException or UnauthorizedAccessException;
}
