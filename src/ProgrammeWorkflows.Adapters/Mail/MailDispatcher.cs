using Microsoft.Extensions.Options;
using ProgrammeWorkflows.Domain.Delegates;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Telemetry;

namespace ProgrammeWorkflows.Adapters.Mail;

/// <summary>
/// Sends an outbox record through the configured transport at most once: a record already sent is left alone; a
/// permanent refusal (or a language no mail is written in) marks it failed with the reason; a transient failure counts
/// the attempt and throws, so the activity is retried with the same record (and the same id at the transport).
/// </summary>
public sealed class MailDispatcher(IOutbox outbox, IMailTransport transport, MailComposer composer, IOptions<MailOptions> options) : IMailSender
{
    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var span = WorkflowTelemetry.StartMailSend(message, options.Value.Transport.ToString());
        var current = await outbox.GetAsync(message.ProgrammeId, message.Id, cancellationToken) ?? message;
        if (current.State is OutboxState.Sent or OutboxState.Failed)
            return;
        if (!Languages.IsSupported(current.Language))
        {
            // A record from before the directory refused such a language: no mail is written in it, and retrying will not change that.
            await outbox.MarkAsync(current.ProgrammeId, current.Id, OutboxState.Failed, current.Attempts + 1, $"no mail is written in language \"{current.Language}\"; the languages are {string.Join(", ", Languages.Supported)}", cancellationToken);
            return;
        }

        var from = options.Value.Transport == MailTransportKind.Acs ? options.Value.Acs.SenderAddress : options.Value.From;
        var mail = await composer.ComposeAsync(current, from);
        MailSendResult result;
        try
        {
            result = await transport.SendAsync(mail, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            WorkflowTelemetry.RecordFailure(span, e);
            await outbox.MarkAsync(current.ProgrammeId, current.Id, OutboxState.Pending, current.Attempts + 1, e.Message, cancellationToken);
            throw;
        }

        span?.SetTag("mail.sent", result.Sent);
        if (!result.Sent)
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, result.Failure);
        await outbox.MarkAsync(current.ProgrammeId, current.Id, result.Sent ? OutboxState.Sent : OutboxState.Failed, current.Attempts + 1, result.Failure, cancellationToken);
    }
}
