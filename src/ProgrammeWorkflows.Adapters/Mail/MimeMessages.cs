using MimeKit;

namespace ProgrammeWorkflows.Adapters.Mail;

/// <summary>An outgoing mail as an RFC 5322 message: Message-Id from the outbox id, Date the programme time, both bodies, attachments.</summary>
public static class MimeMessages
{
    public static string MessageIdOf(string outboxId) => $"{outboxId}@programme-workflows";

    public static MimeMessage Build(OutgoingMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var message = new MimeMessage
        {
            MessageId = MessageIdOf(mail.Id),
            Date = mail.Date,
            Subject = mail.Subject,
        };
        message.From.Add(MailboxAddress.Parse(mail.FromAddress));
        message.To.Add(new MailboxAddress(mail.ToName, mail.ToAddress));
        foreach (var (name, value) in mail.Headers)
            message.Headers.Add(name, value);
        var body = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html };
        foreach (var attachment in mail.Attachments)
            body.Attachments.Add(attachment.Name, attachment.Content, ContentType.Parse(attachment.ContentType));
        message.Body = body.ToMessageBody();
        return message;
    }
}
