namespace ProgrammeWorkflows.Domain.Submissions;

/// <summary>An attachment of a submission, stored as a blob; the submission keeps its name, type, size and where it is.</summary>
public sealed record AttachmentRef(string Name, string ContentType, long Size, string BlobPath);

/// <summary>
/// One version of a party's answer on one item cycle. Every version is kept: who, when, what.
/// <see cref="SubmittedAt"/> is programme time; <see cref="ReceivedAt"/> is wall time.
/// </summary>
public sealed record Submission(
    string ProgrammeId,
    int Item,
    string Cycle,
    string Party,
    int Version,
    string DelegateId,
    SubmissionStatus Status,
    string Text,
    IReadOnlyList<AttachmentRef> Attachments,
    DateTimeOffset SubmittedAt,
    DateTimeOffset ReceivedAt)
{
    /// <summary>Text a delegate may write at most.</summary>
    public const int MaxTextLength = 20_000;
}
