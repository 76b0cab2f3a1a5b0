using System.Text.RegularExpressions;

namespace ProgrammeWorkflows.Tests;

/// <summary>
/// The mail folder transport as a test reads it: one <c>{time of sending}-{outbox id}.eml</c> per mail, names sorting in
/// sending order, the outbox id being <c>programme.item.cycle.party.kind.sequence.recipient</c>; and the reply links in them.
/// </summary>
internal static partial class MailFolder
{
    /// <summary>The folder's messages of a kind (all when null), oldest first; none while the folder does not exist.</summary>
    public static List<string> Files(string folder, string? kind = null) =>
        Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder, "*.eml").Where(f => kind is null || f.Contains($".{kind}.", StringComparison.Ordinal)).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>The outbox id a file is named by (its name without the sending time).</summary>
    public static string OutboxId(string file) => Path.GetFileNameWithoutExtension(file)[20..];

    /// <summary>The path of the first reply link in a mail's text, or null.</summary>
    public static string? ReplyLinkIn(string text) => ReplyLink().Match(text) is { Success: true } m ? m.Value : null;

    [GeneratedRegex("/reply/[A-Za-z0-9_.-]+")]
    private static partial Regex ReplyLink();
}
