using Azure.Data.Tables;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Adapters.Storage;

/// <summary>The outbox in Azure Tables: one entity per mail, keyed by its stable id, so a mail is recorded once.</summary>
public sealed class TableOutbox(StorageAccount account) : IOutbox
{
    public Task<bool> AddIfAbsentAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return StorageAccount.AddIfAbsentAsync(account.Outbox, ToEntity(message), cancellationToken);
    }

    public async Task<OutboxMessage?> GetAsync(string programmeId, string id, CancellationToken cancellationToken = default)
    {
        var entity = await StorageAccount.FindAsync(account.Outbox, programmeId, id, cancellationToken);
        return entity is null ? null : FromEntity(entity);
    }

    public async Task<IReadOnlyList<OutboxMessage>> ListAsync(string programmeId, CancellationToken cancellationToken = default)
    {
        var result = new List<OutboxMessage>();
        await foreach (var entity in account.Outbox.QueryAsync<TableEntity>(e => e.PartitionKey == programmeId, cancellationToken: cancellationToken))
            result.Add(FromEntity(entity));
        return [.. result.OrderBy(m => m.ProgrammeDate).ThenBy(m => m.Id, StringComparer.Ordinal)];
    }

    public Task MarkAsync(string programmeId, string id, OutboxState state, int attempts, string? lastError, CancellationToken cancellationToken = default) =>
        StorageAccount.UpdateAsync(account.Outbox, programmeId, id, entity => (entity["State"], entity["Attempts"], entity["LastError"]) = (state.ToString(), attempts, lastError), cancellationToken);

    private static TableEntity ToEntity(OutboxMessage m) => new(m.ProgrammeId, m.Id)
    {
        ["Item"] = m.Item,
        ["Cycle"] = m.Cycle,
        ["Party"] = m.Party,
        ["Kind"] = m.Kind,
        ["Sequence"] = m.Sequence,
        ["ToAddress"] = m.ToAddress,
        ["ToName"] = m.ToName,
        ["Language"] = m.Language,
        ["ProgrammeDate"] = m.ProgrammeDate,
        ["DueDate"] = m.DueDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["LinkGeneration"] = m.LinkGeneration,
        ["EscalationId"] = m.EscalationId,
        ["ReportId"] = m.ReportId,
        ["State"] = m.State.ToString(),
        ["Attempts"] = m.Attempts,
        ["LastError"] = m.LastError,
    };

    private static OutboxMessage FromEntity(TableEntity e) => new(
        e.RowKey,
        e.PartitionKey,
        e.GetInt32("Item") ?? 0,
        e.GetString("Cycle"),
        e.GetString("Party"),
        e.GetString("Kind"),
        e.GetString("Sequence"),
        e.GetString("ToAddress"),
        e.GetString("ToName"),
        e.GetString("Language"),
        e.GetDateTimeOffset("ProgrammeDate") ?? default,
        e.GetString("DueDate") is { } due ? DateOnly.ParseExact(due, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
        e.GetInt32("LinkGeneration"),
        e.GetString("EscalationId"),
        e.GetString("ReportId"),
        Enum.TryParse<OutboxState>(e.GetString("State"), out var state) ? state : OutboxState.Pending,
        e.GetInt32("Attempts") ?? 0,
        e.GetString("LastError"));
}
