using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Domain.Submissions;
using ProgrammeWorkflows.Workflows.Activities;
using ProgrammeWorkflows.Workflows.Items;
using ProgrammeWorkflows.Workflows.Mail;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Telemetry;

namespace ProgrammeWorkflows.Workflows.Intake;

public enum IntakeRefusal
{
    None,

    /// <summary>The item cycle is not open yet (no instance, or not opened).</summary>
    NotOpen,

    /// <summary>The item cycle is closed: no more answers or amendments.</summary>
    Closed,
}

public sealed record IntakeResult(Submission? Submission, IntakeRefusal Refusal);

/// <summary>
/// Takes a delegate's answer: stores it first (a new version), then raises it to the item orchestration, then records the
/// receipt mail. Once stored it is acknowledged even if the engine cannot be told: the follow-up reads the store after
/// every timer, so nothing stored is lost. The durable client is the caller's: each host hands over its own.
/// </summary>
public sealed class SubmissionIntake(
    ItemClocks clocks, IItemCycleStore cycles, ISubmissionStore submissions,
    IDelegateDirectorySource directory, OutboxWriter writer, MailDelivery delivery, IAuditLog audit, TimeProvider time, ILogger<SubmissionIntake> log)
{
    /// <param name="submittedAt">
    /// Only for simulated people: the programme time their answer was written. In compressed time a simulated reply
    /// cannot happen "a day after the reminder" in wall time, so it says when it happened; real answers leave it null
    /// and are stamped with the programme clock on arrival.
    /// </param>
    /// <param name="linkEndsAt">When the delegate's reply link ends (the link the answer came by): the receipt carries the same link. Null: a receipt without one.</param>
    public async Task<IntakeResult> SubmitAsync(DurableTaskClient client, LinkScope scope, SubmissionStatus status, string text, IReadOnlyList<AttachmentRef> attachments, DateTimeOffset? submittedAt = null, DateTimeOffset? linkEndsAt = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(scope);
        using var span = WorkflowTelemetry.StartIntake(scope);
        var state = await cycles.GetAsync(scope.ProgrammeId, scope.Item, scope.Cycle, cancellationToken);
        if (state is null)
            return new IntakeResult(null, IntakeRefusal.NotOpen);
        if (state.IsClosed)
            return new IntakeResult(null, IntakeRefusal.Closed);
        var instanceId = ItemCycle.InstanceIdOf(scope.ProgrammeId, scope.Item, scope.Cycle);
        var clock = await clocks.FindAsync(client, instanceId, cancellationToken);
        if (clock is null)
            return new IntakeResult(null, IntakeRefusal.NotOpen);

        var receivedAt = time.GetUtcNow();
        var stored = await submissions.AppendAsync(
            new Submission(scope.ProgrammeId, scope.Item, scope.Cycle, scope.Party, 0, scope.DelegateId, status, text, attachments, submittedAt ?? clock.ToProgramme(receivedAt), receivedAt),
            submittedAt is null ? clock.ToProgramme : null,
            cancellationToken);
        span?.SetTag("submission.version", stored.Version);
        var versions = await submissions.ListAsync(scope.ProgrammeId, scope.Item, scope.Cycle, scope.Party, cancellationToken);
        await audit.RecordAsync(
            new AuditEntry(scope.ProgrammeId, receivedAt, stored.SubmittedAt, scope.DelegateId, "submission", instanceId, $"{scope.Party} version {stored.Version}: {status.ToName()}, {text.Length} characters, {attachments.Count} attachments"),
            cancellationToken);

        await StoredEvent.RaiseAsync(
            client,
            instanceId,
            FollowUpEvents.Submission(scope.Party),
            new SubmissionReceived(scope.Party, stored.Version, stored.SubmittedAt, versions.Min(v => v.SubmittedAt)),
            e => log.LogWarning(e, "Submission {Version} of {Party} on {Instance} is stored but its event could not be raised; the follow-up will read it from the store", stored.Version, scope.Party, instanceId),
            cancellationToken);

        if (directory.Current.Find(scope.DelegateId) is { } submitter)
        {
            using var receiptSpan = WorkflowTelemetry.StartReceipt();
            var receipts = await writer.AddAsync(
                new MailSubject(new ItemCycleRef(scope.ProgrammeId, scope.Item, scope.Cycle), scope.Party, NotificationKinds.Receipt, $"v{stored.Version}", stored.SubmittedAt, state.Due),
                [submitter],
                linkEndsAt);
            foreach (var (receipt, _) in receipts)
                await delivery.DeliverAsync(client, receipt, cancellationToken);
        }

        return new IntakeResult(stored, IntakeRefusal.None);
    }
}
