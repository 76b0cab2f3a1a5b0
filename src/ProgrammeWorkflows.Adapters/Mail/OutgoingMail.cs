namespace ProgrammeWorkflows.Adapters.Mail;

public sealed record MailAttachment(string Name, string ContentType, byte[] Content);

/// <summary>A mail ready for a transport: rendered, addressed, with the outbox id every transport sends it under.</summary>
public sealed record OutgoingMail(
    string Id,
    string FromAddress,
    string ToAddress,
    string ToName,
    string Subject,
    string Html,
    string Text,
    DateTimeOffset Date,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyList<MailAttachment> Attachments);

/// <summary>How a send ended: sent (with the transport's reference), or refused for good (with the reason).</summary>
public sealed record MailSendResult(bool Sent, string Reference, string? Failure)
{
    public static MailSendResult Delivered(string reference) => new(true, reference, null);

    public static MailSendResult Refused(string reason) => new(false, string.Empty, reason);
}

/// <summary>
/// A way to send mail. Idempotent on <see cref="OutgoingMail.Id"/>: sending the same mail again sends it at most once
/// more to the wire only when the transport cannot tell (SMTP); the outbox keeps a sent record from being sent twice.
/// Transient failures throw (the caller retries); permanent refusals are results.
/// </summary>
public interface IMailTransport
{
    Task<MailSendResult> SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}
