using MailKit.Net.Smtp;
using MailKit.Security;

namespace ProgrammeWorkflows.Adapters.Mail;

/// <summary>
/// Sends through an SMTP server with MailKit (host, port, TLS mode, optional credentials), the Message-Id derived from the
/// outbox id. A 5xx answer refuses the mail for good; a connection failure or a 4xx answer throws, to be retried.
/// </summary>
public sealed class SmtpTransport(SmtpMailOptions options) : IMailTransport
{
    public async Task<MailSendResult> SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var message = MimeMessages.Build(mail);
        using var client = new SmtpClient();
        var security = options.Security switch
        {
            SmtpSecurity.None => SecureSocketOptions.None,
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            SmtpSecurity.Auto => SecureSocketOptions.Auto,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(options.Host, options.Port, security, cancellationToken);
        try
        {
            if (options.User.Length > 0)
                await client.AuthenticateAsync(options.User, options.Password, cancellationToken);
            await client.SendAsync(message, cancellationToken);
        }
        catch (SmtpCommandException e) when ((int)e.StatusCode >= 500)
        {
            return MailSendResult.Refused($"SMTP {(int)e.StatusCode}: {e.Message}");
        }
        finally
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }

        return MailSendResult.Delivered(message.MessageId ?? MimeMessages.MessageIdOf(mail.Id));
    }
}
