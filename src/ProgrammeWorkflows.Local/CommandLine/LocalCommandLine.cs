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
        };
}
