using ProgrammeWorkflows.Domain;

namespace ProgrammeWorkflows.Local.CommandLine;

/// <summary>How every command reports an input it refuses: each problem on a line, then the count; exit code 1.</summary>
internal static class ProblemReport
{
    public const int InvalidInput = 1;

    public static int Write(TextWriter error, string source, IReadOnlyList<Problem> problems)
    {
        foreach (var problem in problems)
            error.WriteLine($"{source}: {problem}");
        error.WriteLine($"{source}: invalid: {problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}.");
        return InvalidInput;
    }
}
