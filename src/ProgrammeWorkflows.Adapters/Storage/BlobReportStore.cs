using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Adapters.Storage;

/// <summary>Reports: the model of each version a blob at programme/kind/key/vN.json, indexed in a table for listing.</summary>
public sealed class BlobReportStore(StorageAccount account) : IReportStore
{
    public async Task<StoredReport> SaveAsync(ReportDocument report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var entities = (await EntitiesAsync(report.ProgrammeId, cancellationToken)).Where(e => e.GetString("Kind") == report.Kind && e.GetString("Key") == report.Key).ToList();
        var versions = entities.Select(StoredOf).ToList();

        // The same production again (its activity retried, or delivered twice) keeps the version it was given: known by
        // its production id when it has one, else by its programme time (Table storage may round it, hence the millisecond).
        var same = report.Production is { } production
            ? entities.Where(e => e.GetString("Production") == production).Select(StoredOf).FirstOrDefault()
            : versions.FirstOrDefault(v => (v.ProducedAt - report.ProducedAt).Duration() < TimeSpan.FromMilliseconds(1));
        if (same is not null)
            return same;

        for (var version = versions.Count == 0 ? 1 : versions.Max(v => v.Version) + 1; ; version++)
        {
            var id = $"{report.Kind}-{report.Key}-v{version}";
            var path = BlobPath(report.ProgrammeId, report.Kind, report.Key, version);
            await account.ReportBlobs.GetBlobClient(path).UploadAsync(
                BinaryData.FromString(report.ModelJson),
                new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } },
                cancellationToken);
            var entity = new TableEntity(report.ProgrammeId, id)
            {
                ["Kind"] = report.Kind,
                ["Key"] = report.Key,
                ["Version"] = version,
                ["Title"] = report.Title,
                ["ProducedAt"] = report.ProducedAt,
                ["BlobPath"] = path,
            };
            if (report.Production is not null)
                entity["Production"] = report.Production;
            if (await StorageAccount.AddIfAbsentAsync(account.Reports, entity, cancellationToken))
                return new StoredReport(id, report.ProgrammeId, report.Kind, report.Key, version, report.Title, report.ProducedAt);
        }
    }

    public async Task<IReadOnlyList<StoredReport>> ListAsync(string programmeId, CancellationToken cancellationToken = default)
    {
        var entities = await EntitiesAsync(programmeId, cancellationToken);
        return [.. entities.Select(StoredOf).OrderBy(r => r.ProducedAt).ThenBy(r => r.Id, StringComparer.Ordinal)];
    }

    /// <summary>The index entities of a programme's reports: one query of its partition, for listing and for saving.</summary>
    private async Task<List<TableEntity>> EntitiesAsync(string programmeId, CancellationToken cancellationToken)
    {
        var entities = new List<TableEntity>();
        await foreach (var e in account.Reports.QueryAsync<TableEntity>(e => e.PartitionKey == programmeId, cancellationToken: cancellationToken))
            entities.Add(e);
        return entities;
    }

    private static StoredReport StoredOf(TableEntity e) =>
        new(e.RowKey, e.PartitionKey, e.GetString("Kind"), e.GetString("Key"), e.GetInt32("Version") ?? 0, e.GetString("Title"), e.GetDateTimeOffset("ProducedAt") ?? default);

    public async Task<string?> GetModelJsonAsync(string programmeId, string id, CancellationToken cancellationToken = default)
    {
        var entity = await StorageAccount.FindAsync(account.Reports, programmeId, id, cancellationToken);
        if (entity?.GetString("BlobPath") is not { } path)
            return null;
        var content = await account.ReportBlobs.GetBlobClient(path).DownloadContentAsync(cancellationToken);
        return content.Value.Content.ToString();
    }

    private static string BlobPath(string programmeId, string kind, string key, int version) => $"{programmeId}/{kind}/{key}/v{version}.json";
}
