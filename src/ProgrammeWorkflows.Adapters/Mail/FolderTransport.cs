using System.Globalization;

namespace ProgrammeWorkflows.Adapters.Mail;

/// <summary>
/// Writes each mail as an RFC 5322 <c>.eml</c> file into a folder: first to a hidden temporary file, then renamed, so no
/// partial message is ever visible; named <c>{time of sending}-{outbox id}.eml</c>, so the order of names is the order of
/// sending; a mail whose id has a file already is not written again.
/// </summary>
public sealed class FolderTransport(string folder, TimeProvider time) : IMailTransport
{
    private static long last;
    private readonly Lazy<HashSet<string>> written = new(() => Directory.Exists(folder)
        ? [.. Directory.EnumerateFiles(folder, "*.eml").Select(f => Path.GetFileNameWithoutExtension(f)[20..])]
        : []);

    private readonly Lock gate = new();

    public string Folder { get; } = Path.GetFullPath(folder);

    public async Task<MailSendResult> SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        Directory.CreateDirectory(Folder);
        var safeId = string.Concat(mail.Id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_'));
        lock (gate)
        {
            // The ids written are read from the folder once, then kept: a mail with a file already is not written again.
            if (!written.Value.Add(safeId))
                return MailSendResult.Delivered(safeId);
        }

        var name = $"{NextStamp().ToString("D19", CultureInfo.InvariantCulture)}-{safeId}.eml";
        var temporary = Path.Combine(Folder, $".{name}.tmp");
        try
        {
            await using (var file = File.Create(temporary))
                await MimeMessages.Build(mail).WriteToAsync(file, cancellationToken);
            File.Move(temporary, Path.Combine(Folder, name));
        }
        catch
        {
            // Not written: forget the id, so that the retry writes it.
            lock (gate)
                written.Value.Remove(safeId);
            File.Delete(temporary);
            throw;
        }

        return MailSendResult.Delivered(name);
    }

    /// <summary>Wall-clock ticks, strictly increasing within the process, so names sort in the order of sending.</summary>
    private long NextStamp()
    {
        var now = time.GetUtcNow().UtcTicks;
        while (true)
        {
            var previous = Interlocked.Read(ref last);
            var next = Math.Max(now, previous + 1);
            if (Interlocked.CompareExchange(ref last, next, previous) == previous)
                return next;
        }
    }
}
