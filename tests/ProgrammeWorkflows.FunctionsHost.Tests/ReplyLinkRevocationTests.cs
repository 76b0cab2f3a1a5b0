using System.Net;
using System.Net.Http.Json;
using ProgrammeWorkflows.FunctionsHost.Tests.Hosting;
using Xunit.Abstractions;

namespace ProgrammeWorkflows.FunctionsHost.Tests;

/// <summary>Under the real host: an administrator's script revokes one delegate's link; it stops at once, and the new one, mailed once, opens the form.</summary>
[Collection(OnDevelopmentHost.Name)]
public sealed class ReplyLinkRevocationTests(DevelopmentHost host, ITestOutputHelper output)
{
    private const string Party = "IT";

    [FunctionsHostFact]
    public Task A_revoked_link_stops_and_the_delegate_receives_a_new_one_that_works() => host.ExplainAsync(output, async () =>
    {
        await host.ProgrammeAsync();
        var primary = $"delegate@{Party.ToLowerInvariant()}.customs.example";
        var invitation = await host.WaitAsync(
            () => Task.FromResult(Mail.In(host.MailFolder, "invitation").FirstOrDefault(m => m.Party == Party && m.To.Contains(primary))),
            "the invitation to Italy's delegate", ItemSix.Patience);
        using (var before = await host.SendAsync(HttpMethod.Get, invitation.Link!, key: null))
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        var (status, body) = await host.PostJsonAsync("/api/links/revoke", new { item = 6, cycle = "1998", party = Party, email = primary, reason = "the mailbox was compromised" });
        Assert.True(status == HttpStatusCode.OK, $"{(int)status} {body}");
        Assert.Contains("\"newLinkSent\":true", body, StringComparison.Ordinal);

        using (var after = await host.SendAsync(HttpMethod.Get, invitation.Link!, key: null))
            Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        var renewed = await host.WaitAsync(
            () => Task.FromResult(Mail.In(host.MailFolder, "invitation").SingleOrDefault(m => m.Party == Party && m.OutboxId.Contains(".link1.", StringComparison.Ordinal))),
            "the mail with Italy's new link", ItemSix.Patience);
        Assert.Equal([primary], renewed.To);
        Assert.NotEqual(invitation.Link, renewed.Link);
        using var opened = await host.SendAsync(HttpMethod.Get, renewed.Link!, key: null);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
    });
}
