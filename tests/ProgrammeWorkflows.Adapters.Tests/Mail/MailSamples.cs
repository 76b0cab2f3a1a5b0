using Microsoft.Extensions.Options;
using ProgrammeWorkflows.Adapters.Links;
using ProgrammeWorkflows.Adapters.Mail;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Programme;

namespace ProgrammeWorkflows.Adapters.Tests.Mail;

/// <summary>Outbox records as the workflows make them, and the real composer that renders them.</summary>
internal static class MailSamples
{
    /// <summary>The links the samples carry: derived at the sample address with a key of their own.</summary>
    public static readonly IOptions<LinkOptions> Links = Options.Create(new LinkOptions { BaseUrl = "https://follow-up.example", Keys = [LinkKeyRing.Generate()] });

    public static readonly ReplyLinks ReplyLinks = new(new LinkKeyRing(Links), Links);

    public static readonly MailComposer Composer = new(ProgrammeCatalog.BuiltIn(), Links, ReplyLinks);

    public static OutboxMessage Record(string kind = NotificationKinds.Invitation, string sequence = "0", string language = "en", string name = "Anne Peeters", string party = "BE", int item = 6) => new(
        OutboxMessage.IdOf("csap1997", item, "1998", party, kind, sequence, "delegate@be.customs.example"),
        "csap1997", item, "1998", party, kind, sequence, "delegate@be.customs.example", name, language,
        new DateTimeOffset(1997, 7, 1, 0, 0, 0, TimeSpan.Zero), new DateOnly(1998, 3, 31),
        0, null, null, OutboxState.Pending, 0, null);

    /// <summary>The link a sample record carries.</summary>
    public static string LinkOf(OutboxMessage record) => ReplyLinks.LinkOf(record)!;

    public static Task<OutgoingMail> ComposeAsync(OutboxMessage record) => Composer.ComposeAsync(record, "DoNotReply@programme-workflows.example");
}
