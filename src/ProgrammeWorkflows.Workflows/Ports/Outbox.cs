namespace ProgrammeWorkflows.Workflows.Ports;

/// <summary>The kinds of mail, as the <c>X-Notification-Kind</c> header names them.</summary>
public static class NotificationKinds
{
    public const string Invitation = "invitation";
    public const string Reminder = "reminder";
    public const string Overdue = "overdue";
    public const string Escalation = "escalation";
    public const string Receipt = "receipt";
    public const string ConsolidatedReport = "consolidated-report";
    public const string AnnualReport = "annual-report";
    public const string StatusRequest = "status-request";

    /// <summary>The party code used for mail to the Presidency in office.</summary>
    public const string Presidency = "PRESIDENCY";
}

public enum OutboxState
{
    Pending,
    Sent,
    Failed,
}

/// <summary>
/// A mail as an outbox record, stored before it is sent, with a stable id derived from programme, item, cycle, party,
/// kind, sequence and recipient. What the mail says is rendered from these fields at send time, the reply link too:
/// the record keeps only the generation the link is derived with (<see cref="ILinkIssuer.LinkOf"/>), never the link.
/// </summary>
public sealed record OutboxMessage(
    string Id,
    string ProgrammeId,
    int Item,
    string Cycle,
    string Party,
    string Kind,
    string Sequence,
    string ToAddress,
    string ToName,
    string Language,
    DateTimeOffset ProgrammeDate,
    DateOnly? DueDate,
    int? LinkGeneration,
    string? EscalationId,
    string? ReportId,
    OutboxState State,
    int Attempts,
    string? LastError)
{
    /// <summary>The reply link's scope when the mail carries one: the recipient, a delegate of the party, answering for it.</summary>
    public LinkScope? ReplyScope() =>
        LinkGeneration is null ? null : new LinkScope(ProgrammeId, Item, Cycle, Party, Domain.Delegates.PartyDelegate.IdOf(Party, ToAddress));

    public static string IdOf(string programmeId, int item, string cycle, string party, string kind, string sequence, string recipient) =>
        $"{programmeId}.{item:00}.{cycle}.{party}.{kind}.{sequence}.{Recipient(recipient)}";

    /// <summary>A short, stable key for a recipient address (ids must not carry addresses).</summary>
    private static string Recipient(string address)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(address.ToLowerInvariant()));
        return Convert.ToHexStringLower(hash.AsSpan(0, 6));
    }
}

public interface IOutbox
{
    /// <summary>Adds the record unless one with its id exists: the same mail is recorded once however often a step is retried.</summary>
    Task<bool> AddIfAbsentAsync(OutboxMessage message, CancellationToken cancellationToken = default);

    Task<OutboxMessage?> GetAsync(string programmeId, string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<OutboxMessage>> ListAsync(string programmeId, CancellationToken cancellationToken = default);

    /// <summary>Records a send attempt: the state it left the record in, the attempts so far, the last error.</summary>
    Task MarkAsync(string programmeId, string id, OutboxState state, int attempts, string? lastError, CancellationToken cancellationToken = default);
}
