using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace ProgrammeWorkflows.Web.Replies;

/// <summary>
/// Whether a file's bytes are what its name says: PDF begins with <c>%PDF-</c>; DOCX and XLSX are ZIP containers holding
/// <c>[Content_Types].xml</c> and parts under <c>word/</c> or <c>xl/</c>; ODT is a ZIP whose first entry, <c>mimetype</c>,
/// says <c>application/vnd.oasis.opendocument.text</c>; TXT is UTF-8 text without NULs. What a browser or script
/// claims as the content type is not asked.
/// </summary>
public static class AttachmentContent
{
    private const string OdtType = "application/vnd.oasis.opendocument.text";

    /// <summary>Why the content is not of the type its extension names, or null when it is.</summary>
    public static string? Mismatch(string extension, Stream content)
    {
        ArgumentNullException.ThrowIfNull(extension);
        ArgumentNullException.ThrowIfNull(content);
        return extension.ToLowerInvariant() switch
        {
            ".pdf" => StartsWith(content, "%PDF-"u8) ? null : "its bytes do not begin with %PDF-, as a PDF file's do",
            ".docx" => Zip(content, zip => Has(zip, "[Content_Types].xml") && zip.Entries.Any(e => e.FullName.StartsWith("word/", StringComparison.Ordinal)))
                ? null : "it is not a Word document (a ZIP container with [Content_Types].xml and word/)",
            ".xlsx" => Zip(content, zip => Has(zip, "[Content_Types].xml") && zip.Entries.Any(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal)))
                ? null : "it is not an Excel workbook (a ZIP container with [Content_Types].xml and xl/)",
            ".odt" => Zip(content, zip => zip.Entries.Count > 0 && zip.Entries[0].FullName == "mimetype" && Text(zip.Entries[0], OdtType.Length + 1) == OdtType)
                ? null : $"it is not an OpenDocument text (a ZIP container whose first entry, mimetype, says {OdtType})",
            ".txt" => IsText(content) ? null : "it is not UTF-8 text without NUL characters",
            _ => string.Create(CultureInfo.InvariantCulture, $"{extension} is not an accepted type"),
        };
    }

    private static bool StartsWith(Stream content, ReadOnlySpan<byte> magic)
    {
        Span<byte> head = stackalloc byte[magic.Length];
        return content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head.SequenceEqual(magic);
    }

    private static bool Zip(Stream content, Func<ZipArchive, bool> holds)
    {
        var seekable = Seekable(content);
        if (!StartsWith(seekable, "PK\u0003\u0004"u8))
            return false;
        seekable.Position = 0;
        try
        {
            using var zip = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
            return holds(zip);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentOutOfRangeException)
        {
            // Not a ZIP archive (too short to hold its end record, or no end record, or a corrupt directory).
            return false;
        }
    }

    private static bool Has(ZipArchive zip, string name) => zip.GetEntry(name) is not null;

    /// <summary>The first <paramref name="atMost"/> bytes of an entry as ASCII (enough to compare with what it must say).</summary>
    private static string Text(ZipArchiveEntry entry, int atMost)
    {
        using var stream = entry.Open();
        var buffer = new byte[atMost];
        var read = stream.ReadAtLeast(buffer, atMost, throwOnEndOfStream: false);
        return Encoding.ASCII.GetString(buffer, 0, read);
    }

    private static bool IsText(Stream content)
    {
        using var copy = new MemoryStream();
        content.CopyTo(copy);
        var bytes = copy.GetBuffer().AsSpan(0, (int)copy.Length);
        return !bytes.Contains((byte)0) && System.Text.Unicode.Utf8.IsValid(bytes);
    }

    private static Stream Seekable(Stream content)
    {
        if (content.CanSeek)
            return content;
        var copy = new MemoryStream();
        content.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }
}
