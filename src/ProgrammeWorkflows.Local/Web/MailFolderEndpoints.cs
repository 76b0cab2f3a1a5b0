using Microsoft.AspNetCore.Http;
using MimeKit;
using ProgrammeWorkflows.Web.Pages;
using ProgrammeWorkflows.Web.Security;

namespace ProgrammeWorkflows.Local.Web;

/// <summary>
/// <c>GET /mail</c>: the mail the folder transport wrote, newest first, so a person can open an invitation and follow its
/// reply link without a mail client; <c>GET /mail/{name}</c> shows one message (its headers and its HTML body).
/// The list narrows by <c>kind</c>, <c>item</c>, <c>cycle</c> and <c>party</c> (the message's X- headers), so a person
/// finds the mail of one item in a folder of thousands.
/// Local only, behind the Presidency key: the messages carry live reply links.
/// </summary>
internal static class MailFolderEndpoints
{
    public const string Route = "mail";
    public const string MessageRoute = "mail/{name}";

    /// <summary>At most this many messages are listed.</summary>
    internal const int Shown = 200;

    public static IResult List(HttpContext http, string folder)
    {
        ArgumentNullException.ThrowIfNull(http);
        var files = Directory.Exists(folder)
            ? new DirectoryInfo(folder).EnumerateFiles("*.eml").OrderByDescending(f => f.Name, StringComparer.Ordinal).ToList()
            : [];
        var filters = Filters.Where(f => http.Request.Query[f.Key].ToString().Length > 0)
            .Select(f => (f.Key, Header: f.Value, Wanted: Normal(f.Key, http.Request.Query[f.Key].ToString()))).ToList();
        var messages = new List<(string Name, HeaderList Headers)>();
        foreach (var file in files)
        {
            if (messages.Count == Shown)
                break;
            var headers = MessageHeaders.Load(file.FullName);
            if (filters.Any(f => Normal(f.Key, headers[f.Header] ?? "") != f.Wanted))
                continue;
            messages.Add((file.Name, headers));
        }

        return PageResult.Of<MailList>("Mail folder", new Dictionary<string, object?>
        {
            [nameof(MailList.Count)] = files.Count,
            [nameof(MailList.Folder)] = folder,
            [nameof(MailList.Messages)] = messages,
        });
    }

    /// <summary>Query key → the header it filters on.</summary>
    private static readonly Dictionary<string, string> Filters = new(StringComparer.Ordinal)
    {
        ["kind"] = "X-Notification-Kind",
        ["item"] = "X-Programme-Item",
        ["cycle"] = "X-Programme-Cycle",
        ["party"] = "X-Programme-Party",
    };

    /// <summary>Item numbers compare as numbers (6 = 06), parties without case (be = BE).</summary>
    private static string Normal(string key, string value) => key switch
    {
        "item" => int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : value,
        "party" => value.ToUpperInvariant(),
        _ => value,
    };

    public static IResult Show(string name, string folder, HttpContext http)
    {
        // Only a plain name of a message in the folder: no path, no hidden file.
        var path = Path.Combine(folder, name);
        if (name != Path.GetFileName(name) || name.StartsWith('.') || !name.EndsWith(".eml", StringComparison.Ordinal) || !File.Exists(path))
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such message", detail: "GET /mail lists the messages in the mail folder.");

        using var message = MimeMessage.Load(path);
        ResponseHeaders.ShowsMail(http);
        return PageResult.Of<SentMail>(message.Subject ?? name, new Dictionary<string, object?>
        {
            [nameof(SentMail.From)] = message.From.ToString(),
            [nameof(SentMail.To)] = message.To.ToString(),
            [nameof(SentMail.Date)] = message.Date.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            [nameof(SentMail.Subject)] = message.Subject,
            [nameof(SentMail.Attachments)] =
                string.Join(", ", message.Attachments.Select(a => a.ContentDisposition?.FileName ?? a.ContentType.MimeType)),
            [nameof(SentMail.SentHtml)] = message.HtmlBody is { } html ? BodyOf(html) : null,
            [nameof(SentMail.Text)] = message.TextBody,
        });
    }

    /// <summary>The inside of the mail's &lt;body&gt; (the system's own rendered mail), to show within this page.</summary>
    private static string BodyOf(string html)
    {
        var open = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var start = open < 0 ? -1 : html.IndexOf('>', open);
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return start >= 0 && end > start ? html[(start + 1)..end] : html;
    }
}

/// <summary>The headers of a message file, read without its body.</summary>
internal static class MessageHeaders
{
    public static MimeKit.HeaderList Load(string path)
    {
        using var stream = File.OpenRead(path);
        return new MimeParser(stream, MimeFormat.Entity).ParseHeaders();
    }
}
