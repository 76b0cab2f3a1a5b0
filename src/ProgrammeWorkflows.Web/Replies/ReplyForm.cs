using System.Globalization;
using System.Text;
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

    /// <summary>
    /// The problem with a file, or null: the status code says which kind (400 a name that is not one, 413 too large,
    /// 415 wrong type). A name holding a control or format character (bidirectional overrides such as U+202E, which
    /// show <c>invoice\u202etxt.pdf</c> as <c>invoicefdp.txt</c>; zero-width characters; line separators) is refused, not
    /// cleaned: the delegate sees why, and no name is stored other than the one they sent. The content is read to see
    /// that it is what the name says (<see cref="AttachmentContent"/>).
    /// </summary>
    public static (int Status, string Message)? Check(IFormFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var name = Path.GetFileName(file.FileName);
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200 || name.Any(c => c is '/' or '\\') || HasInvisibleCharacters(name))
            return (StatusCodes.Status400BadRequest, $"the file name \"{Visible(name)}\" is not acceptable: no control, format or separator characters, no path");
        if (file.Length > MaxAttachmentBytes)
            return (StatusCodes.Status413PayloadTooLarge, $"{name} is {file.Length} bytes; at most {MaxAttachmentBytes} are accepted");
        var contentType = (file.ContentType ?? string.Empty).Split(';')[0].Trim();
        if (!Types.TryGetValue(Path.GetExtension(name), out var types) || (contentType.Length > 0 && contentType != "application/octet-stream" && !types.Contains(contentType, StringComparer.OrdinalIgnoreCase)))
            return (StatusCodes.Status415UnsupportedMediaType, $"{name} ({contentType}) is not a PDF, DOCX, XLSX, ODT or TXT file");
        using var content = file.OpenReadStream();
        if (AttachmentContent.Mismatch(Path.GetExtension(name), content) is { } mismatch)
            return (StatusCodes.Status415UnsupportedMediaType, $"{name} is refused: {mismatch}");
        return null;
    }

    /// <summary>The content type a checked file is stored with: the one of its type, never the one its sender claimed.</summary>
    public static string ContentTypeOf(string name) => Types[Path.GetExtension(name)][0];

    /// <summary>Controls (Cc), format characters (Cf: bidirectional controls, zero-width characters, BOMs), line and paragraph separators, lone surrogates.</summary>
    private static bool HasInvisibleCharacters(string name)
    {
        for (var rest = name.AsSpan(); !rest.IsEmpty;)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var used) != System.Buffers.OperationStatus.Done || IsInvisible(Rune.GetUnicodeCategory(rune)))
                return true;
            rest = rest[used..];
        }

        return false;
    }

    private static bool IsInvisible(UnicodeCategory category) =>
        category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>The name as the problem shows it: every invisible character as its code point.</summary>
    private static string Visible(string name) =>
        string.Concat(name.Select(c => IsInvisible(char.GetUnicodeCategory(c)) || char.IsSurrogate(c) ? $"U+{(int)c:X4}" : c.ToString()));

    public static string StatusLabel(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Done => "Done",
        SubmissionStatus.InProgress => "In progress",
        SubmissionStatus.NotStarted => "Not started",
        SubmissionStatus.NothingToReport => "Nothing to report",
        _ => status.ToString(),
    };
}
