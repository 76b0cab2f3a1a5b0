using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using ProgrammeWorkflows.Adapters.Storage;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Adapters.Links;

/// <summary>A resolved link: its scope and when it expires.</summary>
public sealed record ResolvedLink(LinkScope Scope, DateTimeOffset ExpiresAt);

/// <summary>
/// Reply-link tokens in Azure Tables. A token is scoped to one (programme, item, cycle, party, delegate), expires, and is
/// revoked when a new one is issued for its scope or the scope is revoked (a delegate removed). Only hashes are stored.
/// </summary>
public sealed class TableLinkTokens(StorageAccount account, IOptions<LinkOptions> options, TimeProvider time) : ILinkIssuer
{
    public async Task<string> IssueAsync(LinkScope scope, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var token = LinkToken.New();
        var hash = LinkToken.Hash(token);
        // A fresh random hash: a conflict can only be this insert's own, retried by the SDK after it landed.
        await StorageAccount.AddIfAbsentAsync(
            account.LinkTokens,
            new TableEntity(hash, "token")
            {
                ["ProgrammeId"] = scope.ProgrammeId,
                ["Item"] = scope.Item,
                ["Cycle"] = scope.Cycle,
                ["Party"] = scope.Party,
                ["DelegateId"] = scope.DelegateId,
                ["ExpiresAt"] = expiresAt,
                ["IssuedAt"] = time.GetUtcNow(),
                ["Revoked"] = false,
            },
            cancellationToken);

        var (partition, row) = ScopeKeys(scope);
        for (var attempt = 0; ; attempt++)
        {
            var current = await StorageAccount.FindAsync(account.LinkScopes, partition, row, cancellationToken);
            try
            {
                if (current is null)
                    await account.LinkScopes.AddEntityAsync(new TableEntity(partition, row) { ["CurrentHash"] = hash }, cancellationToken);
                else
                    await account.LinkScopes.UpdateEntityAsync(new TableEntity(partition, row) { ["CurrentHash"] = hash }, current.ETag, TableUpdateMode.Replace, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < 20)
            {
                continue;
            }

            // The previous token of the scope is revoked; never this one (found as "current" when the SDK retried the
            // insert of the scope after it had landed, and this loop went round again).
            if (current?.GetString("CurrentHash") is { } previous && previous != hash)
                await RevokeHashAsync(previous, cancellationToken);
            break;
        }

        return $"{options.Value.BaseUrl.TrimEnd('/')}/reply/{token}";
    }

    /// <summary>The scope of a token, or null when it is malformed, unknown, expired or revoked (the caller cannot tell which).</summary>
    public async Task<ResolvedLink?> ResolveAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (!LinkToken.IsWellFormed(token))
            return null;
        var entity = await StorageAccount.FindAsync(account.LinkTokens, LinkToken.Hash(token!), "token", cancellationToken);
        if (entity is null || entity.GetBoolean("Revoked") == true)
            return null;
        var expiresAt = entity.GetDateTimeOffset("ExpiresAt") ?? DateTimeOffset.MinValue;
        if (expiresAt <= time.GetUtcNow())
            return null;
        return new ResolvedLink(
            new LinkScope(entity.GetString("ProgrammeId"), entity.GetInt32("Item") ?? 0, entity.GetString("Cycle"), entity.GetString("Party"), entity.GetString("DelegateId")),
            expiresAt);
    }

    /// <summary>Revokes the current token of a scope (a delegate removed from the directory).</summary>
    public async Task RevokeAsync(LinkScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var (partition, row) = ScopeKeys(scope);
        if (await StorageAccount.FindAsync(account.LinkScopes, partition, row, cancellationToken) is { } current && current.GetString("CurrentHash") is { } hash)
            await RevokeHashAsync(hash, cancellationToken);
    }

    /// <summary>Revokes every current link of a delegate (removed from the directory), in every item cycle; returns how many.</summary>
    public async Task<int> RevokeDelegateAsync(string delegateId, CancellationToken cancellationToken = default)
    {
        var row = StorageAccount.KeyOf(delegateId);
        var revoked = 0;
        await foreach (var scope in account.LinkScopes.QueryAsync<TableEntity>(e => e.RowKey == row, cancellationToken: cancellationToken))
        {
            if (scope.GetString("CurrentHash") is { } hash)
            {
                await RevokeHashAsync(hash, cancellationToken);
                revoked++;
            }
        }

        return revoked;
    }

    private Task RevokeHashAsync(string hash, CancellationToken cancellationToken) =>
        StorageAccount.UpdateAsync(account.LinkTokens, hash, "token", entity => entity["Revoked"] = true, cancellationToken);

    private static (string Partition, string Row) ScopeKeys(LinkScope scope) =>
        ($"{scope.ProgrammeId}|{scope.Item:00}|{scope.Cycle}|{scope.Party}", StorageAccount.KeyOf(scope.DelegateId));

}
