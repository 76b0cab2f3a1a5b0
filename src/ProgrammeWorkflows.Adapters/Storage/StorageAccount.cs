using Azure;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace ProgrammeWorkflows.Adapters.Storage;

/// <summary>
/// The tables and containers of the project, created once at start (<see cref="EnsureCreatedAsync"/>).
/// Table design (partition key / row key), chosen for the queries the pages and workflows make:
/// <list type="table">
/// <item><term>Submissions</term><description>programme|item|cycle / party|version: an item cycle's answers in one partition, a party's versions in order.</description></item>
/// <item><term>Escalations</term><description>programme / escalation id: the queue of a programme in one partition, filtered by state, party, item, Presidency, level.</description></item>
/// <item><term>Outbox</term><description>programme / outbox id (programme.item.cycle.party.kind.sequence.recipient).</description></item>
/// <item><term>ItemCycles</term><description>programme / item|cycle: open or closed, and the consolidated report.</description></item>
/// <item><term>LinkScopes</term><description>programme|item|cycle|party / delegate: when the scope's reply link ends and its generation (a revocation moves it on); the link itself is derived with the link key and never stored.</description></item>
/// <item><term>attachments (blobs)</term><description>programme/item/cycle/party/upload-id/name: the files of submissions.</description></item>
/// <item><term>Reports</term><description>programme / report id: the index; each report's model is a blob at programme/kind/key/vN.json.</description></item>
/// <item><term>dataprotection (blobs)</term><description>key-{id}.xml: the web apps' data protection key ring (antiforgery tokens), shared by every instance and kept across restarts.</description></item>
/// <item><term>Delegates</term><description>party / delegate: the directory in force, synchronised at start from the configured CSV; a delegate removed has every link revoked.</description></item>
/// <item><term>AuditLog</term><description>programme / wall ticks-unique: what people did (submissions, decisions, revoked links), in order, append-only.</description></item>
/// </list>
/// </summary>
public sealed class StorageAccount
{
    public StorageAccount(IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        var prefix = settings.TablePrefix;
        var identity = settings.UsesIdentity
            ? new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = settings.ManagedIdentityClientId.Length > 0 ? settings.ManagedIdentityClientId : null })
            : null;
        var tables = identity is null ? new TableServiceClient(settings.ConnectionString) : new TableServiceClient(settings.TableServiceUri, identity);
        TableClient Table(string name) => tables.GetTableClient(prefix + name);
        Submissions = Table("Submissions");
        Escalations = Table("Escalations");
        Outbox = Table("Outbox");
        ItemCycles = Table("ItemCycles");
        LinkScopes = Table("LinkScopes");
        Reports = Table("Reports");
        AuditLog = Table("AuditLog");
        Delegates = Table("Delegates");
        var blobs = identity is null ? new BlobServiceClient(settings.ConnectionString) : new BlobServiceClient(settings.BlobServiceUri, identity);
        ReportBlobs = blobs.GetBlobContainerClient((prefix + "reports").ToLowerInvariant());
        Attachments = blobs.GetBlobContainerClient((prefix + "attachments").ToLowerInvariant());
        DataProtectionKeys = blobs.GetBlobContainerClient((prefix + "dataprotection").ToLowerInvariant());
    }

    public TableClient Submissions { get; }

    public TableClient Escalations { get; }

    public TableClient Outbox { get; }

    public TableClient ItemCycles { get; }

    public TableClient LinkScopes { get; }

    public TableClient Reports { get; }

    public TableClient AuditLog { get; }

    public TableClient Delegates { get; }

    public BlobContainerClient ReportBlobs { get; }

    public BlobContainerClient Attachments { get; }

    /// <summary>The data protection key ring of the web apps (<c>ProgrammeWorkflows.Web.Security.BlobKeyRing</c>).</summary>
    public BlobContainerClient DataProtectionKeys { get; }

    /// <summary>Every table of the project.</summary>
    public IReadOnlyList<TableClient> Tables => [Submissions, Escalations, Outbox, ItemCycles, LinkScopes, Reports, AuditLog, Delegates];

    /// <summary>Every blob container of the project.</summary>
    public IReadOnlyList<BlobContainerClient> Containers => [ReportBlobs, Attachments, DataProtectionKeys];

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var table in Tables)
            await table.CreateIfNotExistsAsync(cancellationToken);
        foreach (var container in Containers)
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
    }

    /// <summary>The property that marks each insert, so a conflict can tell this very insert from one made before.</summary>
    public const string WriteMark = "WriteMark";

    /// <summary>
    /// Adds an entity; false when one with its keys exists already (a conflict is "already done", not an error). The SDK
    /// retries a request whose answer was lost (a timeout, a reset, a 5xx under load), so an insert that landed the
    /// first time can answer 409 to its own retry: the mark written with it tells that case (added, true) from an
    /// entity stored before (false). Only a conflict costs the one read that tells them apart.
    /// </summary>
    public static async Task<bool> AddIfAbsentAsync(TableClient table, TableEntity entity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(entity);
        var mark = Guid.NewGuid().ToString("N");
        entity[WriteMark] = mark;
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var stored = await FindAsync(table, entity.PartitionKey, entity.RowKey, cancellationToken);
            return stored?.GetString(WriteMark) == mark;
        }
    }

    /// <summary>A value (an address, a delegate id) as a table key: keys may not hold '/', '\\', '#' or '?'.</summary>
    public static string KeyOf(string value) => Uri.EscapeDataString(value).Replace("%", "~", StringComparison.Ordinal);

    /// <summary>
    /// Merges properties into an existing entity under optimistic concurrency: read, change, write with the ETag read,
    /// and again on a concurrent change. The one way every update of a stored entity is made.
    /// </summary>
    public static Task UpdateAsync(TableClient table, string partitionKey, string rowKey, Action<TableEntity> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return UpdateAsync(table, partitionKey, rowKey, entity =>
        {
            change(entity);
            return true;
        }, cancellationToken);
    }

    /// <summary>The same, where <paramref name="change"/> says whether it changed anything (nothing is written when not) and may refuse by throwing.</summary>
    public static async Task UpdateAsync(TableClient table, string partitionKey, string rowKey, Func<TableEntity, bool> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 0; ; attempt++)
        {
            var entity = await FindAsync(table, partitionKey, rowKey, cancellationToken)
                ?? throw new KeyNotFoundException($"{table.Name} has no {partitionKey}/{rowKey}");
            if (!change(entity))
                return;
            try
            {
                await table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Merge, cancellationToken);
                return;
            }
            catch (RequestFailedException e) when (e.Status == 412 && attempt < 20)
            {
                // Changed since it was read: read it again.
            }
        }
    }

    /// <summary>Copies the data properties of one entity onto another (not its keys, ETag or timestamp).</summary>
    public static void CopyProperties(TableEntity from, TableEntity to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        foreach (var (name, value) in from)
        {
            if (name is not ("PartitionKey" or "RowKey" or "odata.etag" or "Timestamp"))
                to[name] = value;
        }
    }

    public static async Task<TableEntity?> FindAsync(TableClient table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }
}
