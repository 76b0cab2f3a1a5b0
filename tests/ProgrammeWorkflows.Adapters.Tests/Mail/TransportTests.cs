using System.Net;
using Ical.Net;
using MimeKit;
using netDumbster.smtp;
using ProgrammeWorkflows.Adapters.Mail;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Adapters.Tests.Mail;

/// <summary>The folder and SMTP transports, each message parsed back as RFC 5322 with MimeKit and its calendar with Ical.Net.</summary>
public sealed class TransportTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("mail-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static void IsTheInvitation(MimeMessage message, string outboxId)
    {
        Assert.Equal($"{outboxId}@programme-workflows", message.MessageId);
        Assert.Equal(new DateTimeOffset(1997, 7, 1, 0, 0, 0, TimeSpan.Zero), message.Date);
        Assert.Equal("Item 6: what Belgium owes by 31 March 1998", message.Subject);
        Assert.Equal(("6", "1998", "BE", "invitation"), (message.Headers["X-Programme-Item"], message.Headers["X-Programme-Cycle"], message.Headers["X-Programme-Party"], message.Headers["X-Notification-Kind"]));
        Assert.Contains("Dear Anne Peeters,", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<p>Dear Anne Peeters,</p>", message.HtmlBody, StringComparison.Ordinal);
        var ics = Assert.Single(message.Attachments.OfType<MimePart>());
        Assert.NotNull(ics.ContentType);
        Assert.Equal("text/calendar", ics.ContentType!.MimeType);
        using var content = new MemoryStream();
        ics.Content!.DecodeTo(content);
        var calendar = Calendar.Load(System.Text.Encoding.UTF8.GetString(content.ToArray()))!;
        var deadline = Assert.Single(calendar.Events);
        Assert.Equal(("csap1997-item06-1998-BE@programme-workflows", 0), (deadline.Uid, deadline.Sequence));
        Assert.Equal(new DateOnly(1998, 3, 31), DateOnly.FromDateTime(deadline.DtStart!.Value));
        Assert.Equal("-P7D", Assert.Single(deadline.Alarms).Trigger!.Duration.ToString());
    }

    [Fact]
    public async Task The_folder_gets_complete_messages_named_in_sending_order_each_once()
    {
        var transport = new FolderTransport(folder, TimeProvider.System);
        var invitation = MailSamples.Record();
        var reminder = MailSamples.Record(NotificationKinds.Reminder, "r1");

        await transport.SendAsync(await MailSamples.ComposeAsync(invitation));
        await transport.SendAsync(await MailSamples.ComposeAsync(reminder));
        await transport.SendAsync(await MailSamples.ComposeAsync(invitation));
        await new FolderTransport(folder, TimeProvider.System).SendAsync(await MailSamples.ComposeAsync(invitation));

        var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, files.Count);
        Assert.All(files, f => Assert.EndsWith(".eml", f, StringComparison.Ordinal));
        IsTheInvitation(await MimeMessage.LoadAsync(files[0]), invitation.Id);
        Assert.Equal("Reminder – item 6: due 31 March 1998", (await MimeMessage.LoadAsync(files[1])).Subject);
    }

    [Fact]
    public async Task An_SMTP_server_receives_the_message_with_its_headers_bodies_and_calendar()
    {
        using var server = netDumbster.smtp.Configuration.Configure().WithAddress(IPAddress.Loopback).WithRandomPort().Build();
        var transport = new SmtpTransport(new SmtpMailOptions { Host = "127.0.0.1", Port = server.Configuration.Port, Security = SmtpSecurity.None });
        var invitation = MailSamples.Record();

        var result = await transport.SendAsync(await MailSamples.ComposeAsync(invitation));

        Assert.True(result.Sent);
        var received = Assert.Single(server.ReceivedEmail);
        IsTheInvitation(MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(received.Data))), invitation.Id);
        Assert.Equal("delegate@be.customs.example", received.ToAddresses[0].Address);
    }

    [Fact]
    public async Task An_SMTP_server_that_is_not_there_is_a_failure_to_retry()
    {
        var transport = new SmtpTransport(new SmtpMailOptions { Host = "127.0.0.1", Port = 1, Security = SmtpSecurity.None });

        await Assert.ThrowsAnyAsync<System.Net.Sockets.SocketException>(async () => await transport.SendAsync(await MailSamples.ComposeAsync(MailSamples.Record())));
    }
}
