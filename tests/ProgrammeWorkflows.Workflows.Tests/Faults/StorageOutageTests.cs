using System.Net;
using System.Text.Json.Nodes;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ProgrammeWorkflows.Workflows.Tests.Faults;

/// <summary>
/// Azurite stopped and started again while delegates' replies arrive: each reply is either stored and acknowledged
/// (200), or refused with 503, problem details and Retry-After (not acknowledged); never acknowledged and lost.
/// </summary>
public sealed class StorageOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly WorkflowHost host = new() { StorageOnDisk = true };

    private sealed record Reply(string Party, string Text, HttpStatusCode Status, string? ContentType, string Body, bool RetryAfter);

    public Task InitializeAsync() => host.InitializeAsync();

    public Task DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task Every_reply_is_stored_and_acknowledged_or_refused_with_503_never_acknowledged_and_lost()
    {
        // Item 31 on a clock at wall speed: nothing of the workflow's own moves while the replies come. Fourteen of its
        // fifteen owners reply and amend; the last never does, so the item stays open (it closes once all have answered).
        var item = await LiveItem.StartAsync(host, 31, daysPerSecond: 1.0 / 86_400);
        var repliers = item.Cycle.Owners.SkipLast(1).ToList();
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var party in repliers)
            links[party] = await item.LinkAsync(party);

        var sent = 0;
        async Task<Reply> ReplyAsync(string party)
        {
            var text = $"{party} reply {Interlocked.Increment(ref sent)}";
            using var response = await host.Http.PostAsync(links[party], AnswerForm.Of("in-progress", text));
            return new Reply(party, text, response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(), response.Headers.RetryAfter is not null);
        }

        Task<Reply[]> Round() => Task.WhenAll(repliers.Select(ReplyAsync));

        var before = await Round();
        var inFlight = Round();
        Reply[] duringOutage = [];
        await host.StorageOutageAsync(async () => duringOutage = await Round());
        var crossing = await inFlight;
        var after = await Round();

        var replies = before.Concat(crossing).Concat(duringOutage).Concat(after).ToList();
        output.WriteLine($"{replies.Count} replies: {replies.Count(r => r.Status == HttpStatusCode.OK)} acknowledged, {replies.Count(r => r.Status == HttpStatusCode.ServiceUnavailable)} refused with 503; during the outage {string.Join(", ", duringOutage.GroupBy(r => r.Status).Select(g => $"{(int)g.Key} x{g.Count()}"))}");

        Assert.All(replies, r => Assert.True(r.Status is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"{r.Text}: {(int)r.Status} {r.Body}"));
        Assert.All(before.Concat(after), r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.All(duringOutage, r => Assert.Equal(HttpStatusCode.ServiceUnavailable, r.Status));
        foreach (var refused in replies.Where(r => r.Status == HttpStatusCode.ServiceUnavailable))
        {
            Assert.Equal("application/problem+json", refused.ContentType);
            Assert.Equal("Storage is unavailable", (string?)JsonNode.Parse(refused.Body)!["title"]);
            Assert.True(refused.RetryAfter, $"{refused.Text}: no Retry-After");
        }

        var stored = await host.Get<ISubmissionStore>().ListAsync(item.Cycle.ProgrammeId, 31, item.Cycle.Cycle);
        var texts = stored.Select(s => s.Text).ToHashSet(StringComparer.Ordinal);
        Assert.All(replies.Where(r => r.Status == HttpStatusCode.OK), r => Assert.True(texts.Contains(r.Text), $"{r.Text} was acknowledged and is not stored"));
        Assert.All(stored.GroupBy(s => s.Party), versions => Assert.Equal(Enumerable.Range(1, versions.Count()), versions.Select(v => v.Version).Order()));
    }
}
