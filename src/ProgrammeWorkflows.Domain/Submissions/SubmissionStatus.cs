namespace ProgrammeWorkflows.Domain.Submissions;

/// <summary>What a delegate says of the party's obligation.</summary>
public enum SubmissionStatus
{
    Done,
    InProgress,
    NotStarted,
    NothingToReport,
}

public static class SubmissionStatusNames
{
    private static readonly Dictionary<SubmissionStatus, string> Names = new()
    {
        [SubmissionStatus.Done] = "done",
        [SubmissionStatus.InProgress] = "in-progress",
        [SubmissionStatus.NotStarted] = "not-started",
        [SubmissionStatus.NothingToReport] = "nothing-to-report",
    };

    public static string ToName(this SubmissionStatus status) => Names[status];

    public static bool TryParse(string? name, out SubmissionStatus status)
    {
        foreach (var (key, value) in Names)
        {
            if (value == name)
            {
                status = key;
                return true;
            }
        }

        status = default;
        return false;
    }

    public static IEnumerable<string> All => Names.Values;
}
