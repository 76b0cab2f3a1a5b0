using System.Net;
using System.Text.Json.Nodes;
using ProgrammeWorkflows.FunctionsHost.Tests.Hosting;
using Xunit.Abstractions;

namespace ProgrammeWorkflows.FunctionsHost.Tests;

/// <summary>
/// Azurite stopped under the running host: the app's routes answer 503 with <c>Retry-After</c> and problem details
/// (nothing acknowledged) while storage is down; once it is back the same host serves again, and its workflows run (a
/// programme started after the outage sends its invitations).
/// </summary>
[Collection(OnStorageOutageHost.Name)]
public sealed class StorageOutageTests(StorageOutageHost host, ITestOutputHelper output)
{
    private sealed record Answer(string Request, HttpStatusCode Status, string? MediaType, string Body, bool RetryAfter);

    [FunctionsHostFact]
    public Task While_storage_is_down_the_routes_answer_503_with_Retry_After_and_problem_details_and_the_host_works_again_after() => host.ExplainAsync(output, async () =>
    {
        await host.GetJsonAsync("/api/escalations");
        // A link the app made (the host's key derives it): checking it takes a read of its scope, which storage must serve.
        var link = new Uri(host.ReplyLinks.LinkOf(new Workflows.Ports.LinkScope("csap1997", 6, "1998", "IT", "IT:delegate@it.customs.example"), 0)).AbsolutePath;
        var during = new List<Answer>();
        await host.StorageOutageAsync(async () =>
        {
            during.Add(await AskAsync(HttpMethod.Get, "/api/escalations", host.FunctionKey));
            during.Add(await AskAsync(HttpMethod.Get, "/api/items/6", host.FunctionKey));
            during.Add(await AskAsync(HttpMethod.Get, link, key: null));
            during.Add(await AskAsync(HttpMethod.Post, link, key: null, AnswerForm.Of("done", "sent while storage is down")));
        });
        foreach (var answer in during)
            output.WriteLine($"{answer.Request}: {(int)answer.Status} {answer.MediaType} Retry-After {answer.RetryAfter}");

        Assert.All(during, a =>
        {
            Assert.True(a.Status == HttpStatusCode.ServiceUnavailable, $"{a.Request}: {(int)a.Status} {a.Body}");
            Assert.Equal("application/problem+json", a.MediaType);
            Assert.Equal("Storage is unavailable", (string?)JsonNode.Parse(a.Body)!["title"]);
            Assert.True(a.RetryAfter, $"{a.Request}: no Retry-After");
        });

        // Storage is back at the same address: the same host serves again.
        await host.WaitAsync(
            async () => (await AskAsync(HttpMethod.Get, "/api/escalations", host.FunctionKey)).Status == HttpStatusCode.OK ? "yes" : null,
            "GET /api/escalations to answer 200 once storage is back", TimeSpan.FromSeconds(90));
        await host.ProgrammeAsync();
        await host.WaitAsync(
            () => Task.FromResult(Mail.In(host.MailFolder, "invitation").Select(m => m.Party).Distinct().Count() == 15 ? "yes" : null),
            "the invitations of a programme started after the outage", ItemSix.Patience);
        using var after = await host.SendAsync(HttpMethod.Get, "/api/items/6", host.FunctionKey);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    });

    private async Task<Answer> AskAsync(HttpMethod method, string path, string? key, HttpContent? content = null)
    {
        using var response = await host.SendAsync(method, path, key, content);
        return new Answer($"{method} {path}", response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(), response.Headers.RetryAfter is not null);
    }
}
