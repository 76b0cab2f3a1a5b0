using Microsoft.DurableTask;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Workflows.Mail;

/// <summary>An outbox record to send: the programme it belongs to and its id.</summary>
public sealed record MailToSend(string ProgrammeId, string OutboxId)
{
    /// <summary>One delivery orchestration per outbox record: scheduling it twice starts it once.</summary>
    public string InstanceId => $"mail-{OutboxId}";
}

/// <summary>
/// Sends one outbox record recorded outside an orchestration (a receipt, written by the reply form), with the durable
/// engine's retries: a transport that is down for minutes delays the mail, never loses it.
/// </summary>
public sealed class MailDeliveryOrchestrator : TaskOrchestrator<MailToSend, bool>
{
    /// <summary>Ten attempts, a second apart at first, doubling to at most five minutes: about twenty minutes in all.</summary>
    private static readonly TaskOptions Patient = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: 10,
        firstRetryInterval: TimeSpan.FromSeconds(1),
        backoffCoefficient: 2,
        maxRetryInterval: TimeSpan.FromMinutes(5)));

    public override Task<bool> RunAsync(TaskOrchestrationContext context, MailToSend input)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.CallActivityAsync<bool>(nameof(SendMail), input, Patient);
    }
}

/// <summary>Sends an outbox record through the mail sender (at most once: a sent record is left alone).</summary>
public sealed class SendMail(IOutbox outbox, IMailSender sender) : Activities.IWorkflowActivity<MailToSend, bool>
{
    public async Task<bool> RunAsync(MailToSend input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await outbox.GetAsync(input.ProgrammeId, input.OutboxId) is not { } record)
            return false;
        await sender.SendAsync(record);
        return true;
    }
}
