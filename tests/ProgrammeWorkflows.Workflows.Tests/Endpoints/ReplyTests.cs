using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ProgrammeWorkflows.Adapters.Links;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Tests.Infrastructure;

namespace ProgrammeWorkflows.Workflows.Tests.Endpoints;

/// <summary>A delegate follows the link in the invitation, answers, amends and gets receipts; through the real web app.</summary>
[Collection(OnTheDurableEngine.Name)]
public sealed class ReplyTests(WorkflowHost host)
{
    [Fact]
    public async Task A_delegate_opens_the_link_answers_amends_and_the_workflow_and_receipts_follow()
    {
        var item = await LiveItem.StartAsync(host, 18, daysPerSecond: 0.5);
        var link = await item.LinkAsync("BE");

        var page = await host.Http.GetAsync(link);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("nominate a contact person", html, StringComparison.Ordinal);
        Assert.Contains("Belgium (BE)", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"status\">", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"text\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);

        var answered = await host.Http.PostAsync(link, AnswerForm.Of("done", "Contact: <script>alert('x')</script> & co", ("nomination.txt", "text/plain", Encoding.UTF8.GetBytes("Jan Janssens"))));
        var confirmation = await answered.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Contains("Version 1", confirmation, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; co", confirmation, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", confirmation, StringComparison.Ordinal);

        // Stored first, then the orchestration sees it.
        var stored = Assert.Single(await host.Get<ISubmissionStore>().ListAsync(item.Cycle.ProgrammeId, 18, item.Cycle.Cycle, "BE"));
        Assert.Equal(("done", 1, 12L), (Domain.Submissions.SubmissionStatusNames.ToName(stored.Status), stored.Attachments.Count, stored.Attachments[0].Size));
        await item.StandingAsync("BE", "on-time");

        var amended = await host.Http.PostAsync(link, AnswerForm.Of("in-progress", "Second thoughts"));
        Assert.Contains("Version 2", await amended.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Two amendments racing: both kept, each its own version.
        var racing = await Task.WhenAll(host.Http.PostAsync(link, AnswerForm.Of("done", "race A")), host.Http.PostAsync(link, AnswerForm.Of("done", "race B")));
        Assert.All(racing, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var versions = await host.Get<ISubmissionStore>().ListAsync(item.Cycle.ProgrammeId, 18, item.Cycle.Cycle, "BE");
        Assert.Equal([1, 2, 3, 4], versions.Select(v => v.Version));
        Assert.Equal(["race A", "race B"], versions.Skip(2).Select(v => v.Text).Order(StringComparer.Ordinal));
        Assert.True(versions[2].ReceivedAt <= versions[3].ReceivedAt);

        var again = await (await host.Http.GetAsync(link)).Content.ReadAsStringAsync();
        Assert.Contains("Second thoughts", again, StringComparison.Ordinal);
        Assert.Contains("Amend your answer", again, StringComparison.Ordinal);

        var receipts = (await host.Get<IOutbox>().ListAsync(item.Cycle.ProgrammeId)).Where(m => m is { Item: 18, Party: "BE", Kind: NotificationKinds.Receipt }).ToList();
        Assert.Equal(["v1", "v2", "v3", "v4"], receipts.Select(r => r.Sequence).Order(StringComparer.Ordinal));
        Assert.All(receipts, r => Assert.Equal(host.Directory.Of("BE")[0].Email, r.ToAddress));

        var audit = (await host.Get<IAuditLog>().ListAsync(item.Cycle.ProgrammeId)).Where(a => a.Subject == item.Cycle.InstanceId).ToList();
        Assert.Equal(4, audit.Count(a => a.Action == "submission" && a.Actor == host.Directory.Of("BE")[0].Id));
    }

    [Fact]
    public async Task Bad_links_get_the_same_404_and_nothing_is_stored()
    {
        var item = await LiveItem.StartAsync(host, 8, daysPerSecond: 0.5);
        var valid = await item.LinkAsync("DK");
        var links = host.Get<TableLinkTokens>();
        var scope = new LinkScope(item.Cycle.ProgrammeId, 8, item.Cycle.Cycle, "DK", host.Directory.Of("DK")[0].Id);
        // Ended: a link of someone no mail of the cycle went to (a mail would have moved its end to the close).
        var expired = new Uri(await links.LinkAsync(scope with { DelegateId = "DK:departed@dk.customs.example" }, DateTimeOffset.UtcNow.AddMinutes(-1))).AbsolutePath;
        // The same scope gives the same link; revoked, it stops working and the scope's next link is another.
        Assert.Equal(valid, new Uri(await links.LinkAsync(scope, DateTimeOffset.UtcNow.AddDays(1))).AbsolutePath);
        Assert.NotNull(await links.RevokeAsync(scope));
        var current = new Uri(await links.LinkAsync(scope, DateTimeOffset.UtcNow.AddDays(1))).AbsolutePath;
        Assert.NotEqual(valid, current);

        string[] bad =
        [
            "/reply/short", "/reply/" + new string('A', 43), "/reply/" + new string('A', 42) + "%2F", "/reply/..%2F..%2Fapi%2Fitems",
            valid, // the invitation's link, revoked
            expired,
            Tampered(current), // another party's scope under this link's mac
        ];
        foreach (var path in bad)
        {
            foreach (var response in new[] { await host.Http.GetAsync(path), await host.Http.PostAsync(path, AnswerForm.Of("done", "x")) })
            {
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
                Assert.Equal("This link is not valid", (string?)problem["title"]);
            }
        }

        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync(current)).StatusCode);

        // A person's browser asks for HTML: the same 404 and words, as a page.
        var browser = new HttpRequestMessage(HttpMethod.Get, expired);
        browser.Headers.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        var page = await host.Http.SendAsync(browser);
        Assert.Equal((HttpStatusCode.NotFound, "text/html"), (page.StatusCode, page.Content.Headers.ContentType?.MediaType));
        Assert.Contains("<h1>This link is not valid</h1>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The delegate leaves the directory: every link of theirs is revoked.
        Assert.True(await links.RevokeDelegateAsync(scope.DelegateId) >= 1);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Http.GetAsync(current)).StatusCode);
        Assert.Empty(await host.Get<ISubmissionStore>().ListAsync(item.Cycle.ProgrammeId, 8, item.Cycle.Cycle));
    }

    /// <summary>The link with its scope swapped for another party's: the mac no longer matches.</summary>
    private static string Tampered(string path)
    {
        var token = path["/reply/".Length..];
        var parts = token.Split('.');
        var scope = System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(parts[0]));
        var other = System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(scope.Replace("|DK|", "|FR|", StringComparison.Ordinal)));
        return $"/reply/{other}.{string.Join('.', parts[1..])}";
    }

    [Fact]
    public async Task Bad_answers_are_refused_with_problem_details_and_nothing_is_stored()
    {
        var item = await LiveItem.StartAsync(host, 30, daysPerSecond: 0.5);
        var link = await item.LinkAsync("FR");
        var txt = ("a.txt", "text/plain", "x"u8.ToArray());

        async Task Refused(HttpContent content, HttpStatusCode status, string contains)
        {
            var response = await host.Http.PostAsync(link, content);
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains(contains, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await Refused(new StringContent("{\"status\":\"done\"}", Encoding.UTF8, "application/json"), HttpStatusCode.UnsupportedMediaType, "must be a form");
        await Refused(AnswerForm.Of("finished", "x"), HttpStatusCode.BadRequest, "choose one of done, in-progress, not-started, nothing-to-report");
        await Refused(new MultipartFormDataContent { { new StringContent("x"), "text" } }, HttpStatusCode.BadRequest, "\"status\"");
        await Refused(AnswerForm.Of("done", new string('x', 20_001)), HttpStatusCode.BadRequest, "20001 characters; at most 20000");
        await Refused(AnswerForm.Of("done", "x", txt, txt, txt, txt, txt, txt), HttpStatusCode.BadRequest, "6 files; at most 5");
        await Refused(AnswerForm.Of("done", "x", ("tool.exe", "application/octet-stream", [0x4D, 0x5A])), HttpStatusCode.UnsupportedMediaType, "tool.exe");
        await Refused(AnswerForm.Of("done", "x", ("report.pdf", "text/html", "<html>"u8.ToArray())), HttpStatusCode.UnsupportedMediaType, "report.pdf (text/html)");
        await Refused(AnswerForm.Of("done", "x", ("big.pdf", "application/pdf", new byte[(10 * 1024 * 1024) + 1])), HttpStatusCode.RequestEntityTooLarge, "big.pdf");
        Assert.Empty(await host.Get<ISubmissionStore>().ListAsync(item.Cycle.ProgrammeId, 30, item.Cycle.Cycle));

        // After the close: the page says so and refuses answers.
        await host.Get<IItemCycleStore>().CloseAsync(item.Cycle.ProgrammeId, 30, item.Cycle.Cycle, DateTimeOffset.UtcNow, reportId: null);
        Assert.Contains("This item is closed", await (await host.Http.GetAsync(link)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Refused(AnswerForm.Of("done", "too late"), HttpStatusCode.Conflict, "The item is closed");
        Assert.Empty(await host.Get<ISubmissionStore>().ListAsync(item.Cycle.ProgrammeId, 30, item.Cycle.Cycle));
    }
}
