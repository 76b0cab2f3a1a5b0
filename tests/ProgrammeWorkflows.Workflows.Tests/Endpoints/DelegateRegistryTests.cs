using ProgrammeWorkflows.Adapters.Links;
using ProgrammeWorkflows.Adapters.Storage;
using ProgrammeWorkflows.Domain.Delegates;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Tests.Infrastructure;

namespace ProgrammeWorkflows.Workflows.Tests.Endpoints;

/// <summary>The delegates in Tables follow the configured directory; a delegate who leaves it loses every link.</summary>
[Collection(OnTheDurableEngine.Name)]
public sealed class DelegateRegistryTests(WorkflowHost host)
{
    [Fact]
    public async Task The_directory_is_stored_at_start_and_a_removed_delegate_loses_every_link()
    {
        var registry = host.Get<TableDelegateRegistry>();
        var links = host.Get<TableLinkTokens>();
        Assert.Equal(host.Directory.Delegates.OrderBy(d => d.Id, StringComparer.Ordinal), (await registry.LoadAsync()).Delegates.OrderBy(d => d.Id, StringComparer.Ordinal));

        var deputy = host.Directory.Of("LU")[1];
        var programme = host.NewProgramme();
        var token1 = new Uri(await links.LinkAsync(new LinkScope(programme.Id, 6, "1998", "LU", deputy.Id), DateTimeOffset.UtcNow.AddDays(1))).Segments[^1];
        var token2 = new Uri(await links.LinkAsync(new LinkScope(programme.Id, 18, "1998", "LU", deputy.Id), DateTimeOffset.UtcNow.AddDays(1))).Segments[^1];
        var renamed = host.Directory.Of("LU")[0] with { Name = "Henri Weber-Schmit" };
        var changed = new DelegateDirectory(host.Directory.Delegates.Where(d => d != deputy).Select(d => d.Id == renamed.Id ? renamed : d));

        var changes = await registry.SynchronizeAsync(changed);

        // Both links issued here, and any the other tests' runs sent this deputy, are revoked.
        Assert.Equal((0, 1, 1), (changes.Added, changes.Updated, changes.Removed));
        Assert.True(changes.LinksRevoked >= 2, $"{changes.LinksRevoked} links revoked");
        Assert.Null(await links.ResolveAsync(token1));
        Assert.Null(await links.ResolveAsync(token2));
        var stored = await registry.LoadAsync();
        Assert.DoesNotContain(stored.Delegates, d => d.Id == deputy.Id);
        Assert.Equal("Henri Weber-Schmit", stored.Find(renamed.Id)!.Name);
        Assert.Contains(await host.Get<IAuditLog>().ListAsync(TableDelegateRegistry.AuditPartition), a => a.Action == "delegate-removed" && a.Subject == deputy.Id);

        // Back as configured: the deputy returns (without the revoked links), the name is restored.
        Assert.Equal(new DelegateChanges(1, 1, 0, 0), await registry.SynchronizeAsync(host.Directory));
        Assert.Null(await links.ResolveAsync(token1));
    }
}
