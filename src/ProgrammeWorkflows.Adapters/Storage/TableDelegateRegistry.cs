using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Hosting;
using ProgrammeWorkflows.Adapters.Links;
using ProgrammeWorkflows.Domain.Delegates;
using ProgrammeWorkflows.Domain.Programme;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Adapters.Storage;

/// <summary>What a synchronisation of the delegates did.</summary>
public sealed record DelegateChanges(int Added, int Updated, int Removed, int LinksRevoked);

/// <summary>
/// The delegates in Azure Tables (party / delegate), kept in step with the configured directory: new delegates are
/// added, changed ones updated under their ETag, and a delegate no longer in the directory is removed and every link of
/// theirs revoked. Each change is in the audit log.
/// </summary>
public sealed class TableDelegateRegistry(StorageAccount account, TableLinkTokens links, IAuditLog audit, TimeProvider time)
{
    public const string AuditPartition = "directory";

    public async Task<DelegateChanges> SynchronizeAsync(DelegateDirectory directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var stored = await ListAsync(cancellationToken);
        int added = 0, updated = 0, removed = 0, revoked = 0;
        foreach (var person in directory.Delegates)
        {
            var row = StorageAccount.KeyOf(person.Id);
            var current = stored.FirstOrDefault(e => e.RowKey == row);
            if (current is null)
            {
                if (await StorageAccount.AddIfAbsentAsync(account.Delegates, ToEntity(person), cancellationToken))
                    added++;
            }
            else if (FromEntity(current) != person)
            {
                await StorageAccount.UpdateAsync(account.Delegates, person.Party, row, e => StorageAccount.CopyProperties(ToEntity(person), e), cancellationToken);
                updated++;
            }
        }

        var wanted = directory.Delegates.Select(d => StorageAccount.KeyOf(d.Id)).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in stored.Where(e => !wanted.Contains(e.RowKey)))
        {
            var person = FromEntity(gone);
            // The links first: if this stops half-way, the delegate is still stored and the next synchronisation revokes again.
            var count = await links.RevokeDelegateAsync(person.Id, cancellationToken);
            try
            {
                await account.Delegates.DeleteEntityAsync(gone.PartitionKey, gone.RowKey, gone.ETag, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                continue;
            }

            removed++;
            revoked += count;
            var now = time.GetUtcNow();
            await audit.RecordAsync(new AuditEntry(AuditPartition, now, now, "directory", "delegate-removed", person.Id, $"{person.Name} ({person.Party}) left the directory; {count} links revoked"), cancellationToken);
        }

        return new DelegateChanges(added, updated, removed, revoked);
    }

    public async Task<DelegateDirectory> LoadAsync(CancellationToken cancellationToken = default) =>
        new((await ListAsync(cancellationToken)).Select(FromEntity));

    private async Task<List<TableEntity>> ListAsync(CancellationToken cancellationToken)
    {
        var entities = new List<TableEntity>();
        await foreach (var entity in account.Delegates.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
            entities.Add(entity);
        return entities;
    }


    private static TableEntity ToEntity(PartyDelegate d) => new(d.Party, StorageAccount.KeyOf(d.Id))
    {
        ["Name"] = d.Name,
        ["Email"] = d.Email,
        ["Role"] = d.Role.ToString(),
        ["Language"] = d.Language,
    };

    private static PartyDelegate FromEntity(TableEntity e) => new(
        e.PartitionKey, e.GetString("Name"), e.GetString("Email"), Enum.TryParse<DelegateRole>(e.GetString("Role"), out var role) ? role : DelegateRole.Deputy, e.GetString("Language"));
}

/// <summary>At start: the project's tables exist, and the delegates in them are those of the configured directory.</summary>
public sealed class DelegateDirectorySync(StorageAccount account, TableDelegateRegistry registry, IDelegateDirectorySource directory) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await account.EnsureCreatedAsync(cancellationToken);
        await registry.SynchronizeAsync(directory.Current, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
