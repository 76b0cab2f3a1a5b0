using ProgrammeWorkflows.Adapters.Links;
using ProgrammeWorkflows.Adapters.Storage;
using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Simulation;
using ProgrammeWorkflows.Workflows.Tests.Infrastructure;

namespace ProgrammeWorkflows.Workflows.Tests.BadInput;

/// <summary>
/// A system of its own, prepared once and then left still, for the bad-input cases to throw themselves at: item 31
/// (due February 1998, owed by the Member States) open on a programme clock that runs at wall speed, so nothing happens
/// on its own while the cases run; a closed item; links valid, expired, revoked, replaced and of a party that owes
/// nothing; escalations open, acknowledged and resolved. Every case compares <see cref="SnapshotAsync"/> before and after.
/// </summary>
public sealed class RefusalGround : IAsyncLifetime
{
    private static readonly double WallSpeed = Speeds.DaysPerSecond(1.0 / 86_400);

    public WorkflowHost Host { get; } = new();

    public HttpClient Http => Host.Http;

    /// <summary>France's current link on item 31 (the form accepts answers through it).</summary>
    public string Valid { get; private set; } = "";

    public string Expired { get; private set; } = "";

    /// <summary>A link of a delegate since removed from the directory's links.</summary>
    public string Revoked { get; private set; } = "";

    /// <summary>Denmark's invitation link, revoked for that delegate and item cycle by the Presidency.</summary>
    public string Replaced { get; private set; } = "";

    /// <summary>A well-formed, unexpired link for a party that owes nothing on item 31.</summary>
    public string OtherParty { get; private set; } = "";

    /// <summary>Spain's link on item 30, which is closed.</summary>
    public string Closed { get; private set; } = "";

    /// <summary>Open: Germany missed 28 February 1998 on item 31.</summary>
    public string OpenEscalation { get; private set; } = "";

    /// <summary>Open, its due date (15 June 1997) before the programme's start: any extension to before 1 July 1997 is already past.</summary>
    public string EarlyEscalation { get; private set; } = "";

    public string AcknowledgedEscalation { get; private set; } = "";

    public string ResolvedEscalation { get; private set; } = "";

    /// <summary>What the Presidency's browser holds once it has opened <c>/presidency</c>: the key's cookie, the antiforgery cookie, and the page's token.</summary>
    public PresidencyBrowser Browser { get; private set; } = new("", "", "");

    public Task<IReadOnlyList<string>> SnapshotAsync() => StoreSnapshot.TakeAsync(Host.Get<StorageAccount>(), Host.MailFolder);

    public async Task InitializeAsync()
    {
        await Host.InitializeAsync();
        var item = await LiveItem.StartAsync(Host, 31, WallSpeed);
        var closed = await LiveItem.StartAsync(Host, 30, WallSpeed);
        var programme = Host.WebProgramme.Id;
        var links = Host.Get<TableLinkTokens>();
        LinkScope Scope(LiveItem on, string party, int delegateIndex = 0) =>
            new(programme, on.Cycle.Item, on.Cycle.Cycle, party, Host.Directory.Of(party)[delegateIndex].Id);

        Valid = await item.LinkAsync("FR");
        Replaced = await item.LinkAsync("DK");
        await links.RevokeAsync(Scope(item, "DK"));
        // A link that ended: of someone no mail of the cycle went to (a mail would have moved its end to the close).
        Expired = Path(await links.LinkAsync(Scope(item, "IT") with { DelegateId = "IT:departed@it.customs.example" }, DateTimeOffset.UtcNow.AddMinutes(-1)));
        var removed = Scope(item, "NL", delegateIndex: 1);
        Revoked = Path(await links.LinkAsync(removed, DateTimeOffset.UtcNow.AddDays(30)));
        await links.RevokeDelegateAsync(removed.DelegateId);
        var outsider = Host.WebProgramme.Parties.Parties.First(p => !item.Cycle.Owners.Contains(p.Code)).Code;
        OtherParty = Path(await links.LinkAsync(Scope(item, outsider) with { DelegateId = Host.Directory.Of(outsider)[0].Id }, DateTimeOffset.UtcNow.AddDays(30)));
        Closed = await closed.LinkAsync("ES");
        await Host.Get<IItemCycleStore>().CloseAsync(programme, 30, closed.Cycle.Cycle, DateTimeOffset.UtcNow, reportId: null);

        var escalations = Host.Get<IEscalationStore>();
        var at = new DateTimeOffset(1998, 3, 1, 0, 0, 0, TimeSpan.Zero);
        Escalation Raise(string party, DateOnly due) => Escalation.Raise(item.Cycle.InstanceId, programme, 31, item.Cycle.Cycle, party, 1, due, at, "UK");
        OpenEscalation = (await escalations.AddIfAbsentAsync(Raise("DE", new DateOnly(1998, 2, 28)))).Id;
        EarlyEscalation = (await escalations.AddIfAbsentAsync(Raise("EL", new DateOnly(1997, 6, 15)))).Id;
        AcknowledgedEscalation = (await escalations.AddIfAbsentAsync(Raise("PT", new DateOnly(1998, 2, 28)).Acknowledge(at, "Presidency", "seen"))).Id;
        ResolvedEscalation = (await escalations.AddIfAbsentAsync(Raise("AT", new DateOnly(1998, 2, 28)).Resolve(at, "Presidency", "answered by phone"))).Id;

        // The Presidency's page, opened once as a browser opens it (this also makes the key ring the tokens are made with).
        Browser = await PresidencyBrowser.OpenAsync(Host);

        // Still: every invitation of both items written to the mail folder and marked sent.
        await Eventually.HoldsAsync(
            async () => (await Host.Get<IOutbox>().ListAsync(programme)) is { Count: > 0 } mail
                && mail.All(m => m.State == OutboxState.Sent)
                && Directory.EnumerateFiles(Host.MailFolder, "*.eml").Count() == mail.Count,
            "every invitation sent");
    }

    private static string Path(string link) => new Uri(link).AbsolutePath;

    public Task DisposeAsync() => Host.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class OnStillGround : ICollectionFixture<RefusalGround>
{
    public const string Name = "bad input";
}
