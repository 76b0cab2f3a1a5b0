using Azure.Data.Tables;
using ProgrammeWorkflows.Adapters.Storage;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Adapters.Links;

/// <summary>A resolved link: its scope, and when it ends (the party's follow-up closes; an extension moves it).</summary>
public sealed record ResolvedLink(LinkScope Scope, DateTimeOffset EndsAt);

/// <summary>
/// Reply links: one per (programme, item, cycle, party, delegate), derived with the link key (<see cref="LinkToken"/>)
/// and never stored. What is stored is the scope's row (LinkScopes: programme|item|cycle|party / delegate): when the
/// link ends and its generation. The first mail of a scope writes the row; a later mail reads it and writes nothing,
/// unless it brings a later end (an extension). A revocation moves the generation on, so the links made before stop
/// verifying and the next mail carries a new one.
/// </summary>
public sealed class TableLinkTokens(StorageAccount account, ReplyLinks links, TimeProvider time) : ILinkIssuer
{
    private const string Generation = "Generation";
    private const string EndsAt = "EndsAt";

    public async Task<int> IssueAsync(LinkScope scope, DateTimeOffset endsAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var (partition, row) = ScopeKeys(scope);
        var stored = await StorageAccount.FindAsync(account.LinkScopes, partition, row, cancellationToken);
        if (stored is null)
        {
            var first = new TableEntity(partition, row) { [Generation] = 0, [EndsAt] = endsAt };
            // A conflict: another mail of the scope wrote it first; read what it wrote.
            stored = await StorageAccount.AddIfAbsentAsync(account.LinkScopes, first, cancellationToken)
                ? first
                : await StorageAccount.FindAsync(account.LinkScopes, partition, row, cancellationToken);
        }

        // An extension: the end moves later, never earlier (a row of before this design has none: it gets this one).
        if (stored is not null && (stored.GetDateTimeOffset(EndsAt) is not { } end || endsAt > end))
        {
            await StorageAccount.UpdateAsync(account.LinkScopes, partition, row, entity =>
            {
                if (entity.GetDateTimeOffset(EndsAt) is { } current && current >= endsAt)
                    return false;
                entity[EndsAt] = endsAt;
                return true;
            }, cancellationToken);
        }

        return stored?.GetInt32(Generation) ?? 0;
    }

    public string LinkOf(LinkScope scope, int generation) => links.LinkOf(scope, generation);

    /// <summary>The scope of a link, or null when it is malformed, not made with a key of the ring, revoked or past its end (the caller cannot tell which).</summary>
    public async Task<ResolvedLink?> ResolveAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (links.Verify(token) is not var (scope, generation))
            return null;
        var (partition, row) = ScopeKeys(scope);
        var stored = await StorageAccount.FindAsync(account.LinkScopes, partition, row, cancellationToken);
        if (stored is null || stored.GetInt32(Generation) != generation || stored.GetDateTimeOffset(EndsAt) is not { } endsAt || endsAt <= time.GetUtcNow())
            return null;
        return new ResolvedLink(scope, endsAt);
    }

    /// <summary>Revokes the link of one delegate for one item cycle: the next generation (the next mail's link is a new one) and the end, or null when none was issued.</summary>
    public async Task<RevokedLink?> RevokeAsync(LinkScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var (partition, row) = ScopeKeys(scope);
        RevokedLink? revoked = null;
        try
        {
            await StorageAccount.UpdateAsync(account.LinkScopes, partition, row, entity =>
            {
                revoked = new RevokedLink(checked((entity.GetInt32(Generation) ?? 0) + 1), entity.GetDateTimeOffset(EndsAt) ?? DateTimeOffset.MinValue);
                entity[Generation] = revoked.Generation;
            }, cancellationToken);
        }
        catch (KeyNotFoundException)
        {
            return null;
        }

        return revoked;
    }

    /// <summary>Revokes every link of a delegate (removed from the directory), in every item cycle; returns how many.</summary>
    public async Task<int> RevokeDelegateAsync(string delegateId, CancellationToken cancellationToken = default)
    {
        // A directory change, not a hot path: the one query across the scopes' partitions.
        var row = StorageAccount.KeyOf(delegateId);
        var revoked = 0;
        await foreach (var scope in account.LinkScopes.QueryAsync<TableEntity>(e => e.RowKey == row, cancellationToken: cancellationToken))
        {
            // Read, moved on and written under its ETag, again if it changed meanwhile (an extension of the same scope).
            await StorageAccount.UpdateAsync(account.LinkScopes, scope.PartitionKey, scope.RowKey, entity => entity[Generation] = checked((entity.GetInt32(Generation) ?? 0) + 1), cancellationToken);
            revoked++;
        }

        return revoked;
    }

    private static (string Partition, string Row) ScopeKeys(LinkScope scope) =>
        ($"{scope.ProgrammeId}|{scope.Item:00}|{scope.Cycle}|{scope.Party}", StorageAccount.KeyOf(scope.DelegateId));
}
