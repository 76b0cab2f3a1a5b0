using Azure.Data.Tables;
using ProgrammeWorkflows.Adapters.Storage;

namespace ProgrammeWorkflows.Workflows.Tests.BadInput;

/// <summary>
/// Everything the system has stored, as one comparable list: every entity of every table (keys and ETag), every blob
/// (name and ETag) and every message in the mail folder. Two equal snapshots mean nothing was added, changed or removed.
/// </summary>
internal static class StoreSnapshot
{
    public static async Task<IReadOnlyList<string>> TakeAsync(StorageAccount storage, string mailFolder)
    {
        var lines = new List<string>();
        foreach (var table in storage.Tables)
        {
            await foreach (var entity in table.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
                lines.Add($"table {table.Name} {entity.PartitionKey} {entity.RowKey} {entity.ETag}");
        }

        foreach (var container in storage.Containers)
        {
            await foreach (var blob in container.GetBlobsAsync())
                lines.Add($"blob {container.Name} {blob.Name} {blob.Properties.ETag}");
        }

        lines.AddRange(Directory.EnumerateFiles(mailFolder).Select(f => $"mail {Path.GetFileName(f)}"));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
