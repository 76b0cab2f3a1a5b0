using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;
using ProgrammeWorkflows.Adapters.Mail;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Tests.Infrastructure;

namespace ProgrammeWorkflows.Workflows.Tests.Mail;

/// <summary>An outbox record sent twice (a replayed activity, a retry) produces one mail, on the real outbox and real transports.</summary>
[Collection(OnTheDurableEngine.Name)]
public sealed class DispatchTests(WorkflowHost host)
{
    private async Task<OutboxMessage> RecordAsync(string programmeId, string language = "fr")
    {
        var record = new OutboxMessage(
            OutboxMessage.IdOf(programmeId, 6, "1998", "BE", NotificationKinds.Reminder, "r1", "delegate@be.customs.example"),
            programmeId, 6, "1998", "BE", NotificationKinds.Reminder, "r1", "delegate@be.customs.example", "Anne Peeters", language,
            new DateTimeOffset(1998, 3, 1, 0, 0, 0, TimeSpan.Zero), new DateOnly(1998, 3, 31), 0, null, null, OutboxState.Pending, 0, null);
        Assert.True(await host.Get<IOutbox>().AddIfAbsentAsync(record));
        return record;
    }

    private MailDispatcher Dispatcher(IMailTransport transport) =>
        new(host.Get<IOutbox>(), transport, host.Get<MailComposer>(), Options.Create(new MailOptions { From = "DoNotReply@programme-workflows.example" }));

    [Fact]
    public async Task The_folder_gets_one_file_and_the_record_is_marked_sent()
    {
        var programme = host.NewProgramme();
        var record = await RecordAsync(programme.Id);
        var folder = Directory.CreateTempSubdirectory("dispatch-").FullName;
        try
        {
            var dispatcher = Dispatcher(new FolderTransport(folder, TimeProvider.System));
            await dispatcher.SendAsync(record);
            await dispatcher.SendAsync(record);
            await Dispatcher(new FolderTransport(folder, TimeProvider.System)).SendAsync(record);

            var file = Assert.Single(Directory.GetFiles(folder));
            Assert.StartsWith("Rappel – point 6", (await MimeMessage.LoadAsync(file)).Subject, StringComparison.Ordinal);
            var stored = await host.Get<IOutbox>().GetAsync(programme.Id, record.Id);
            Assert.Equal((OutboxState.Sent, 1, (string?)null), (stored!.State, stored.Attempts, stored.LastError));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task An_SMTP_server_receives_one_message_and_a_failed_attempt_is_counted_then_retried()
    {
        var programme = host.NewProgramme();
        var record = await RecordAsync(programme.Id);
        using var server = netDumbster.smtp.Configuration.Configure().WithAddress(IPAddress.Loopback).WithRandomPort().Build();

        // First the server is unreachable: the attempt is counted, the record stays pending, the error says why.
        await Assert.ThrowsAnyAsync<Exception>(() => Dispatcher(new SmtpTransport(new SmtpMailOptions { Host = "127.0.0.1", Port = 1, Security = SmtpSecurity.None })).SendAsync(record));
        var pending = await host.Get<IOutbox>().GetAsync(programme.Id, record.Id);
        Assert.Equal((OutboxState.Pending, 1), (pending!.State, pending.Attempts));
        Assert.NotNull(pending.LastError);

        var smtp = Dispatcher(new SmtpTransport(new SmtpMailOptions { Host = "127.0.0.1", Port = server.Configuration.Port, Security = SmtpSecurity.None }));
        await smtp.SendAsync(record);
        await smtp.SendAsync(record);

        Assert.Single(server.ReceivedEmail);
        var sent = await host.Get<IOutbox>().GetAsync(programme.Id, record.Id);
        Assert.Equal((OutboxState.Sent, 2), (sent!.State, sent.Attempts));
    }

    [Fact]
    public async Task A_record_in_a_language_no_mail_is_written_in_is_marked_failed_not_sent_in_English()
    {
        var programme = host.NewProgramme();
        var record = await RecordAsync(programme.Id, "ga");
        var folder = Directory.CreateTempSubdirectory("dispatch-").FullName;
        try
        {
            await Dispatcher(new FolderTransport(folder, TimeProvider.System)).SendAsync(record);

            Assert.Empty(Directory.GetFiles(folder));
            var stored = await host.Get<IOutbox>().GetAsync(programme.Id, record.Id);
            Assert.Equal((OutboxState.Failed, 1), (stored!.State, stored.Attempts));
            Assert.StartsWith("no mail is written in language \"ga\"; the languages are da, de, el, en", stored.LastError, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
