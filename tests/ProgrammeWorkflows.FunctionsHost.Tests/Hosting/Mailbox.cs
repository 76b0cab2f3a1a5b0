using MimeKit;

namespace ProgrammeWorkflows.FunctionsHost.Tests.Hosting;

/// <summary>A mail the app wrote to the mail folder, as its .eml file says it (MimeKit).</summary>
internal sealed record Mail(string OutboxId, string Item, string Cycle, string Party, string Kind, IReadOnlyList<string> To, string? Link)
{
    /// <summary>What the mail is about without its recipient: <c>programme.item.cycle.party.kind.sequence</c>.</summary>
    public string Subject => string.Join('.', OutboxId.Split('.').Take(6));

    public static IReadOnlyList<Mail> In(string folder, string? kind = null) =>
        [.. MailFolder.Files(folder, kind).Select(Read)];

    private static Mail Read(string file)
    {
        using var message = MimeMessage.Load(file);
        string Header(string name) => message.Headers[name] ?? throw new InvalidOperationException($"{Path.GetFileName(file)} has no {name}");
        return new Mail(
            MailFolder.OutboxId(file),
            Header("X-Programme-Item"),
            Header("X-Programme-Cycle"),
            Header("X-Programme-Party"),
            Header("X-Notification-Kind"),
            [.. message.To.Mailboxes.Select(m => m.Address)],
            MailFolder.ReplyLinkIn(message.TextBody ?? string.Empty));
    }
}
