using Microsoft.AspNetCore.Http;
using ProgrammeWorkflows.Domain.Submissions;

namespace ProgrammeWorkflows.Web.Replies;

/// <summary>What a reply form may carry, and the checks on it: one place for the limits.</summary>
public static class ReplyForm
{
    public const int MaxAttachments = 5;
    public const long MaxAttachmentBytes = 10L * 1024 * 1024;

    /// <summary>The whole request: five full attachments, the text, and the form's own overhead.</summary>
    public const long MaxRequestBytes = (MaxAttachments * MaxAttachmentBytes) + (1024 * 1024);

    /// <summary>The accepted attachment types, by extension, with the content types browsers send for them.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Types = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ["application/pdf"],
        [".docx"] = ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
        [".xlsx"] = ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
        [".odt"] = ["application/vnd.oasis.opendocument.text"],
        [".txt"] = ["text/plain"],
    };

    /// <summary>The problem with a file, or null: the status code says which kind (413 too large, 415 wrong type).</summary>
    public static (int Status, string Message)? Check(IFormFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var name = Path.GetFileName(file.FileName);
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200 || name.Any(c => char.IsControl(c) || c is '/' or '\\'))
            return (StatusCodes.Status400BadRequest, $"the file name \"{name}\" is not acceptable");
        if (file.Length > MaxAttachmentBytes)
            return (StatusCodes.Status413PayloadTooLarge, $"{name} is {file.Length} bytes; at most {MaxAttachmentBytes} are accepted");
        var contentType = (file.ContentType ?? string.Empty).Split(';')[0].Trim();
        if (!Types.TryGetValue(Path.GetExtension(name), out var types) || (contentType.Length > 0 && contentType != "application/octet-stream" && !types.Contains(contentType, StringComparer.OrdinalIgnoreCase)))
            return (StatusCodes.Status415UnsupportedMediaType, $"{name} ({contentType}) is not a PDF, DOCX, XLSX, ODT or TXT file");
        return null;
    }

    public static string StatusLabel(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Done => "Done",
        SubmissionStatus.InProgress => "In progress",
        SubmissionStatus.NotStarted => "Not started",
        SubmissionStatus.NothingToReport => "Nothing to report",
        _ => status.ToString(),
    };
}
