using System.Globalization;
using Azure.Data.Tables;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Adapters.Storage;

/// <summary>The audit log in Azure Tables: programme / time-ordered key; entries are only ever added.</summary>
public sealed class TableAuditLog(StorageAccount account) : IAuditLog
{
    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var row = $"{entry.At.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}";
        // The key is unique: a conflict can only be this entry's own insert, retried by the SDK after it landed.
        await StorageAccount.AddIfAbsentAsync(
            account.AuditLog,
            new TableEntity(entry.ProgrammeId, row)
            {
                ["At"] = entry.At,
                ["ProgrammeAt"] = entry.ProgrammeAt,
                ["Actor"] = entry.Actor,
                ["Action"] = entry.Action,
                ["Subject"] = entry.Subject,
                ["Detail"] = entry.Detail,
                ["ActorId"] = entry.ActorId,
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(string programmeId, CancellationToken cancellationToken = default)
    {
        var entries = new List<AuditEntry>();
        await foreach (var e in account.AuditLog.QueryAsync<TableEntity>(e => e.PartitionKey == programmeId, cancellationToken: cancellationToken))
            entries.Add(new AuditEntry(e.PartitionKey, e.GetDateTimeOffset("At") ?? default, e.GetDateTimeOffset("ProgrammeAt") ?? default, e.GetString("Actor"), e.GetString("Action"), e.GetString("Subject"), e.GetString("Detail"), e.GetString("ActorId")));
        return entries;
    }
}
