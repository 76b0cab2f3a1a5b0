using ProgrammeWorkflows.Domain.Delegates;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Workflows.Activities;

/// <summary>What a mail is about, before it is addressed to each recipient.</summary>
public sealed record MailSubject(ItemCycleRef Cycle, string Party, string Kind, string Sequence, DateTimeOffset ProgrammeDate, DateOnly? DueDate, string? EscalationId = null, string? ReportId = null);

/// <summary>
/// The one way the workflows send mail: one outbox record per recipient with a stable id, created once however often
/// the step runs (its reply link, the same for every mail of the cycle, is made sure of only when the record is new), then sent by the mail sender, which
/// sends a record at most once.
/// </summary>
public sealed class OutboxWriter(IOutbox outbox, ILinkIssuer links, IMailSender sender)
{
    /// <summary>Records the mail for each recipient and sends it now (in an activity, which the engine retries).</summary>
    public async Task<int> RecordAsync(MailSubject mail, IEnumerable<PartyDelegate> recipients, DateTimeOffset? linkExpiresAt)
    {
        var recorded = 0;
        foreach (var (message, isNew) in await AddAsync(mail, recipients, linkExpiresAt))
        {
            recorded += isNew ? 1 : 0;
            await sender.SendAsync(message);
        }

        return recorded;
    }

    /// <summary>
    /// Records the mail for each recipient without sending it: the records (new, or as an earlier run left them) for
    /// the caller to have delivered.
    /// </summary>
    public async Task<IReadOnlyList<(OutboxMessage Message, bool IsNew)>> AddAsync(MailSubject mail, IEnumerable<PartyDelegate> recipients, DateTimeOffset? linkExpiresAt)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(recipients);
        var records = new List<(OutboxMessage, bool)>();
        foreach (var recipient in recipients)
        {
            var id = OutboxMessage.IdOf(mail.Cycle.ProgrammeId, mail.Cycle.Item, mail.Cycle.Cycle, mail.Party, mail.Kind, mail.Sequence, recipient.Email);
            if (await outbox.GetAsync(mail.Cycle.ProgrammeId, id) is { } existing)
            {
                // Recorded by an earlier run of this step: deliver it if that run did not get to.
                records.Add((existing, false));
                continue;
            }

            // The party's delegates answer for it through the scope's one link; anyone else's mail carries none.
            int? link = linkExpiresAt is { } expires && recipient.Party == mail.Party
                ? await links.IssueAsync(new LinkScope(mail.Cycle.ProgrammeId, mail.Cycle.Item, mail.Cycle.Cycle, recipient.Party, recipient.Id), expires)
                : null;
            var message = new OutboxMessage(
                id, mail.Cycle.ProgrammeId, mail.Cycle.Item, mail.Cycle.Cycle, mail.Party, mail.Kind, mail.Sequence,
                recipient.Email, recipient.Name, recipient.Language, mail.ProgrammeDate, mail.DueDate, link,
                mail.EscalationId, mail.ReportId, OutboxState.Pending, 0, null);
            records.Add((message, await outbox.AddIfAbsentAsync(message)));
        }

        return records;
    }
}
