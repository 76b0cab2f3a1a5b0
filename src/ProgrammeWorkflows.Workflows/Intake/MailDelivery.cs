using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using ProgrammeWorkflows.Workflows.Mail;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Workflows.Intake;

/// <summary>
/// A mail recorded outside an orchestration (a receipt, a new reply link) goes out through its own delivery
/// orchestration, so a mail service that is down delays it and never fails the request that recorded it. Only if the
/// engine cannot take it either is it sent here, once, and left pending if that fails.
/// </summary>
public sealed class MailDelivery(IMailSender sender, ILogger<MailDelivery> log)
{
    public async Task DeliverAsync(DurableTaskClient client, OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(message);
        var mail = new MailToSend(message.ProgrammeId, message.Id);
        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(nameof(MailDeliveryOrchestrator), mail, new StartOrchestrationOptions { InstanceId = mail.InstanceId }, cancellationToken);
            return;
        }
#pragma warning disable CA1031 // What it belongs to is stored: a mail that cannot be scheduled must not fail it.
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "The delivery of {OutboxId} could not be scheduled; sending it now", mail.OutboxId);
        }

        try
        {
            await sender.SendAsync(message, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "{OutboxId} is recorded but could not be sent; it stays pending", mail.OutboxId);
        }
#pragma warning restore CA1031
    }
}
