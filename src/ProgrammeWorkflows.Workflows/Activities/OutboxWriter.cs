using ProgrammeWorkflows.Domain.Delegates;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Workflows.Activities;

/// <summary>What a mail is about, before it is addressed to each recipient.</summary>
public sealed record MailSubject(ItemCycleRef Cycle, string Party, string Kind, string Sequence, DateTimeOffset ProgrammeDate, DateOnly? DueDate, string? EscalationId = null, string? ReportId = null);

/// <summary>
/// The one way the workflows record mail: one outbox record per recipient with a stable id, created once however
/// often the step runs. A personal reply link is issued only when the record is new.
/// </summary>
public sealed class OutboxWriter(IOutbox outbox, ILinkIssuer links)
{
    public async Task<int> RecordAsync(MailSubject mail, IEnumerable<PartyDelegate> recipients, DateTimeOffset? linkExpiresAt)
    {
        var recorded = 0;
        foreach (var recipient in recipients)
        {
            var id = OutboxMessage.IdOf(mail.Cycle.ProgrammeId, mail.Cycle.Item, mail.Cycle.Cycle, mail.Party, mail.Kind, mail.Sequence, recipient.Email);
            if (await outbox.GetAsync(mail.Cycle.ProgrammeId, id) is not null)
                continue;
            var link = linkExpiresAt is { } expires
                ? await links.IssueAsync(new LinkScope(mail.Cycle.ProgrammeId, mail.Cycle.Item, mail.Cycle.Cycle, recipient.Party, recipient.Id), expires)
                : null;
            var message = new OutboxMessage(
                id, mail.Cycle.ProgrammeId, mail.Cycle.Item, mail.Cycle.Cycle, mail.Party, mail.Kind, mail.Sequence,
                recipient.Email, recipient.Name, recipient.Language, mail.ProgrammeDate, mail.DueDate, link,
                mail.EscalationId, mail.ReportId, OutboxState.Pending, 0, null);
            if (await outbox.AddIfAbsentAsync(message))
                recorded++;
        }

        return recorded;
    }
}
