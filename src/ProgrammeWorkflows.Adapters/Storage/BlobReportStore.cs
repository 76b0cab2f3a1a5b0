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
        var versions = (await ListAsync(report.ProgrammeId, cancellationToken)).Where(r => r.Kind == report.Kind && r.Key == report.Key).ToList();

        // The same production again (its activity retried, or delivered twice) keeps the version it was given: known by
        // its production id when it has one, else by its programme time (Table storage may round it, hence the millisecond).
        if (report.Production is { } production)
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {report.ProgrammeId} and Production eq {production}");
            await foreach (var e in account.Reports.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
                return versions.Single(v => v.Id == e.RowKey);
        }
        else if (versions.FirstOrDefault(v => (v.ProducedAt - report.ProducedAt).Duration() < TimeSpan.FromMilliseconds(1)) is { } same)
        {
            return same;
        }

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
        var result = new List<StoredReport>();
        await foreach (var e in account.Reports.QueryAsync<TableEntity>(e => e.PartitionKey == programmeId, cancellationToken: cancellationToken))
            result.Add(new StoredReport(e.RowKey, e.PartitionKey, e.GetString("Kind"), e.GetString("Key"), e.GetInt32("Version") ?? 0, e.GetString("Title"), e.GetDateTimeOffset("ProducedAt") ?? default));
        return [.. result.OrderBy(r => r.ProducedAt).ThenBy(r => r.Id, StringComparer.Ordinal)];
    }

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
