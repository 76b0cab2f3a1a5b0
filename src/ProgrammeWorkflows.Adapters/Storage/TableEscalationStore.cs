using System.Text.Json;
using Azure.Data.Tables;
using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Adapters.Storage;

/// <summary>
/// Escalations in Azure Tables: the whole record (with its history of decisions) as JSON, and the fields the queue
/// filters on beside it. Every update is conditional on the ETag read, retried on a concurrent change.
/// </summary>
public sealed class TableEscalationStore(StorageAccount account) : IEscalationStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<Escalation> AddIfAbsentAsync(Escalation escalation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        if (await StorageAccount.AddIfAbsentAsync(account.Escalations, ToEntity(escalation), cancellationToken))
            return escalation;
        return await GetAsync(escalation.ProgrammeId, escalation.Id, cancellationToken)
            ?? throw new InvalidOperationException($"escalation {escalation.Id} conflicted but cannot be read");
    }

    public async Task<Escalation?> GetAsync(string programmeId, string id, CancellationToken cancellationToken = default)
    {
        var entity = await StorageAccount.FindAsync(account.Escalations, programmeId, id, cancellationToken);
        return entity is null ? null : FromEntity(entity);
    }

    public async Task<Escalation> UpdateAsync(string programmeId, string id, Func<Escalation, Escalation> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        Escalation? result = null;
        await StorageAccount.UpdateAsync(account.Escalations, programmeId, id, entity =>
        {
            // Re-applied to what is stored at each attempt; the change may now refuse.
            var current = FromEntity(entity);
            result = change(current);
            if (JsonSerializer.Serialize(result, Json) == JsonSerializer.Serialize(current, Json))
                return false;
            StorageAccount.CopyProperties(ToEntity(result), entity);
            return true;
        }, cancellationToken);
        return result!;
    }

    public async Task<IReadOnlyList<Escalation>> ListAsync(string programmeId, CancellationToken cancellationToken = default)
    {
        var result = new List<Escalation>();
        await foreach (var entity in account.Escalations.QueryAsync<TableEntity>(e => e.PartitionKey == programmeId, cancellationToken: cancellationToken))
            result.Add(FromEntity(entity));
        return [.. result.OrderBy(e => e.RaisedAt).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    private static TableEntity ToEntity(Escalation e) => new(e.ProgrammeId, e.Id)
    {
        ["Item"] = e.Item,
        ["Cycle"] = e.Cycle,
        ["Party"] = e.Party,
        ["Presidency"] = e.RaisedTo,
        ["Level"] = e.Level,
        ["State"] = e.State.ToString(),
        ["RaisedAt"] = e.RaisedAt,
        ["Record"] = JsonSerializer.Serialize(e, Json),
    };

    private static Escalation FromEntity(TableEntity entity) =>
        JsonSerializer.Deserialize<Escalation>(entity.GetString("Record"), Json)
        ?? throw new InvalidDataException($"escalation {entity.RowKey} has no record");
}
