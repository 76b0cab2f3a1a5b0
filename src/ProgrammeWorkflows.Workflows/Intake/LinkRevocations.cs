using Microsoft.DurableTask.Client;
using ProgrammeWorkflows.Domain.Delegates;
using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Workflows.Activities;
using ProgrammeWorkflows.Workflows.Items;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Workflows.Intake;

/// <summary>What a revocation did: revoked (and a new link sent, while the party can still answer), or nothing to revoke.</summary>
public sealed record LinkRevocation(int Generation, bool NewLinkSent);

/// <summary>
/// The Presidency or an administrator revokes one delegate's reply link for one item cycle (a link forwarded too far, a
/// mailbox compromised): the link stops working at once, the revocation is in the audit log with who and why, and,
/// while the party's link has not ended, the delegate receives a new link once (an invitation of its own sequence).
/// </summary>
public sealed class LinkRevocations(ItemClocks clocks, IItemCycleStore cycles, ILinkIssuer links, OutboxWriter writer, MailDelivery delivery, IAuditLog audit, TimeProvider time)
{
    /// <returns>Null when no mail of the scope carried a link: nothing was revoked.</returns>
    public async Task<LinkRevocation?> RevokeAsync(DurableTaskClient client, LinkScope scope, PartyDelegate recipient, string reason, string by, string? byId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(recipient);
        if (await links.RevokeAsync(scope, cancellationToken) is not { } revoked)
            return null;

        var now = time.GetUtcNow();
        var instanceId = ItemCycle.InstanceIdOf(scope.ProgrammeId, scope.Item, scope.Cycle);
        var clock = await clocks.FindAsync(client, instanceId, cancellationToken);
        var programmeNow = clock?.ToProgramme(now) ?? now;
        await audit.RecordAsync(
            new AuditEntry(scope.ProgrammeId, now, programmeNow, by, "link:revoke", $"{instanceId}/{scope.Party}/{scope.DelegateId}", $"generation {revoked.Generation}: {reason}", byId),
            cancellationToken);

        var state = await cycles.GetAsync(scope.ProgrammeId, scope.Item, scope.Cycle, cancellationToken);
        if (state is null || state.IsClosed || revoked.EndsAt <= now)
            return new LinkRevocation(revoked.Generation, NewLinkSent: false);

        // The sequence names the generation: the new link goes out once, however often this is asked.
        var mails = await writer.AddAsync(
            new MailSubject(new ItemCycleRef(scope.ProgrammeId, scope.Item, scope.Cycle), scope.Party, NotificationKinds.Invitation, $"link{revoked.Generation}", programmeNow, state.Due),
            [recipient],
            revoked.EndsAt);
        foreach (var (mail, _) in mails)
            await delivery.DeliverAsync(client, mail, cancellationToken);
        return new LinkRevocation(revoked.Generation, NewLinkSent: true);
    }
}
