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

    /// <summary>A request the running host refused, or a host the options do not name: one line, exit code 1.</summary>
    public static int Refuse(System.CommandLine.ParseResult result, string message)
    {
        ArgumentNullException.ThrowIfNull(result);
        result.InvocationConfiguration.Error.WriteLine($"error: {message}");
        return InvalidInput;
    }
}
