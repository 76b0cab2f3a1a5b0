using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ProgrammeWorkflows.Domain.Programme;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Simulation;
using ProgrammeWorkflows.Workflows.Tests.Infrastructure;

namespace ProgrammeWorkflows.Workflows.Tests.Endpoints;

/// <summary>The Presidency sees missed deadlines in its queue and works them; each decision changes what the workflow does next.</summary>
[Collection(OnTheDurableEngine.Name)]
public sealed class EscalationQueueTests(WorkflowHost host)
{
    // Item 31 (February 1998) with a policy that leaves the escalations open long after the deadline.
    private static readonly FollowUpPolicy Patient = FollowUpPolicy.Default with { OverdueRemindersAtMost = 0, SecondLevelAfterDays = 4000, CloseAfterDays = 5000 };

    private async Task<JsonNode> JsonAsync(HttpMethod method, string path, object? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await host.Http.SendAsync(host.AsPresidency(method, path, body is null ? null : JsonContent.Create(body)));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    [Fact]
    public async Task Missed_deadlines_appear_in_the_queue_and_each_decision_changes_the_workflow()
    {
        var item = await LiveItem.StartAsync(host, 31, daysPerSecond: 100, Patient, new Dictionary<string, DelegateBehaviour>
        {
            ["BE"] = DelegateBehaviour.OnInvitation, ["DK"] = DelegateBehaviour.Never, ["DE"] = DelegateBehaviour.Never, ["EL"] = DelegateBehaviour.Never,
        });
        var queue = await Eventually.GetAsync(
            async () => await JsonAsync(HttpMethod.Get, "/api/escalations?item=31") is var page && (int)page["total"]! == 14 ? page : null,
            "the 14 escalations of item 31");

        // 14 of the 15 Member States missed February 1998 (Belgium answered); the UK held the Presidency on 1 March 1998.
        var items = queue["items"]!.AsArray();
        Assert.All(items, e => Assert.Equal("UK", (string?)e!["raisedTo"]));
        Assert.All(items, e => Assert.Equal("1998-02-28", (string?)e!["dueDate"]));
        Assert.DoesNotContain(items, e => (string?)e!["party"] == "BE");
        Assert.Equal(1, (int)(await JsonAsync(HttpMethod.Get, "/api/escalations?item=31&party=DK"))["total"]!);
        Assert.Equal(14, (int)(await JsonAsync(HttpMethod.Get, "/api/escalations?item=31&state=open&level=1&presidency=UK"))["total"]!);
        var paged = await JsonAsync(HttpMethod.Get, "/api/escalations?item=31&page=2&pageSize=5");
        Assert.Equal((5, 2, 14), (paged["items"]!.AsArray().Count, (int)paged["page"]!, (int)paged["total"]!));
        string Id(string party) => (string)items.Single(e => (string?)e!["party"] == party)!["id"]!;

        // Acknowledge, then the same again is refused.
        Assert.Equal("acknowledged", (string?)(await JsonAsync(HttpMethod.Post, $"/api/escalations/{Id("DK")}/acknowledge", new { reason = "seen" }))["state"]);
        var twice = await JsonAsync(HttpMethod.Post, $"/api/escalations/{Id("DK")}/acknowledge", new { reason = "seen" }, HttpStatusCode.Conflict);
        Assert.Contains("already acknowledged", (string?)twice["detail"], StringComparison.Ordinal);

        // Extend: the workflow re-arms the party's ladder from the new date (a notice of the new date, then reminders).
        var newDue = item.Clock.ProgrammeDayOf(DateTimeOffset.UtcNow).AddDays(400);
        var extended = await JsonAsync(HttpMethod.Post, $"/api/escalations/{Id("DK")}/extend", new { reason = "asked for time", newDueDate = newDue.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(("extended", "Presidency key", "presidency-key"), ((string?)extended["state"], (string?)extended["decisions"]![1]!["by"], (string?)extended["decisions"]![1]!["byId"]));
        await item.StandingAsync("DK", "waiting");
        await Eventually.HoldsAsync(
            async () => (await host.Get<IOutbox>().ListAsync(item.Cycle.ProgrammeId)).Any(m => m is { Item: 31, Party: "DK", Kind: NotificationKinds.Reminder, Sequence: "x1" } && m.DueDate == newDue),
            "the notice of DK's new due date");
        await JsonAsync(HttpMethod.Post, $"/api/escalations/{Id("DK")}/waive", new { reason = "changed mind" }, HttpStatusCode.Conflict);

        // Waive and resolve end those parties' follow-up.
        await JsonAsync(HttpMethod.Post, $"/api/escalations/{Id("DE")}/waive", new { reason = "not applicable" });
        await JsonAsync(HttpMethod.Post, $"/api/escalations/{Id("EL")}/resolve", new { reason = "reported orally" });
        await item.StandingAsync("DE", "waived");
        await item.StandingAsync("EL", "resolved");
        Assert.Equal(11, (int)(await JsonAsync(HttpMethod.Get, "/api/escalations?item=31&state=open"))["total"]!);

        // The Presidency page shows the queue; its forms take the same decisions.
        var page = await host.Http.SendAsync(host.AsPresidency(HttpMethod.Get, "/presidency"));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Escalation queue of the Presidency", html, StringComparison.Ordinal);
        Assert.Contains(Id("ES"), html, StringComparison.Ordinal);
        var form = host.AsPresidency(HttpMethod.Post, $"/presidency/escalations/{Id("ES")}/waive", new FormUrlEncodedContent(new Dictionary<string, string> { ["reason"] = "waived on the page" }));
        var posted = await host.Http.SendAsync(form);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal("/presidency", posted.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains($"Escalation {Id("ES")}: waive recorded.", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await item.StandingAsync("ES", "waived");

        // The items API reflects it all.
        var detail = await JsonAsync(HttpMethod.Get, "/api/items/31");
        var parties = detail["cycles"]![0]!["parties"]!.AsArray();
        Assert.Equal("on-time", (string?)parties.Single(p => (string?)p!["party"] == "BE")!["standing"]);
        Assert.Equal("waived", (string?)parties.Single(p => (string?)p!["party"] == "DE")!["standing"]);
        Assert.Equal(newDue.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (string?)parties.Single(p => (string?)p!["party"] == "DK")!["due"]);
        Assert.Equal(43, (await JsonAsync(HttpMethod.Get, "/api/items")).AsArray().Count);

        // Every decision taken is in the audit log, with who; a refused one is not.
        var audit = (await host.Get<IAuditLog>().ListAsync(item.Cycle.ProgrammeId)).Where(a => a.Action.StartsWith("decision:", StringComparison.Ordinal) && a.Subject.Contains("item31", StringComparison.Ordinal)).ToList();
        Assert.Equal(["decision:acknowledge", "decision:extend", "decision:resolve", "decision:waive", "decision:waive"], audit.Select(a => a.Action).Order(StringComparer.Ordinal));
        Assert.All(audit, a => Assert.Equal(("Presidency key", "presidency-key"), (a.Actor, a.ActorId)));
    }

    [Theory]
    [InlineData("/api/escalations?state=lost", "state")]
    [InlineData("/api/escalations?level=3", "level")]
    [InlineData("/api/escalations?page=0", "page")]
    [InlineData("/api/escalations?pageSize=201", "pageSize")]
    [InlineData("/api/escalations?item=x", "item")]
    [InlineData("/api/items/abc", "number")]
    public async Task Bad_queries_get_a_validation_problem(string path, string field)
    {
        var problem = await JsonAsync(HttpMethod.Get, path, expected: HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]![field]);
    }

    [Fact]
    public async Task Bad_decisions_are_refused_and_change_nothing()
    {
        var escalations = host.Get<IEscalationStore>();
        var before = await escalations.ListAsync(host.WebProgramme.Id);

        await JsonAsync(HttpMethod.Post, "/api/escalations/no-such-id/waive", new { reason = "x" }, HttpStatusCode.NotFound);
        await JsonAsync(HttpMethod.Post, "/api/escalations/no-such-id/delete", new { reason = "x" }, HttpStatusCode.NotFound);
        await JsonAsync(HttpMethod.Post, "/api/escalations/no-such-id/waive", new { }, HttpStatusCode.BadRequest);
        await JsonAsync(HttpMethod.Post, "/api/escalations/no-such-id/extend", new { reason = "x", newDueDate = "1998-02-30" }, HttpStatusCode.BadRequest);
        await JsonAsync(HttpMethod.Post, "/api/escalations/no-such-id/extend", new { reason = "x" }, HttpStatusCode.BadRequest);
        await JsonAsync(HttpMethod.Post, "/api/escalations/no-such-id/waive", new { reason = "x", newDueDate = "1999-01-01" }, HttpStatusCode.BadRequest);
        await JsonAsync(HttpMethod.Post, "/api/escalations/no-such-id/waive", new { reason = "x", extra = 1 }, HttpStatusCode.BadRequest);
        var notJson = await host.Http.SendAsync(host.AsPresidency(HttpMethod.Post, "/api/escalations/no-such-id/waive", new StringContent("reason=x", Encoding.UTF8, "text/plain")));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);

        Assert.Equal(before.Count, (await escalations.ListAsync(host.WebProgramme.Id)).Count);
    }

    [Theory]
    [InlineData("GET", "/presidency")]
    [InlineData("POST", "/presidency/escalations/x/waive")]
    [InlineData("GET", "/api/escalations")]
    [InlineData("POST", "/api/escalations/x/acknowledge")]
    [InlineData("GET", "/api/items")]
    [InlineData("GET", "/api/items/6")]
    [InlineData("POST", "/api/programme/start")]
    [InlineData("GET", "/api/reports")]
    [InlineData("GET", "/reports/x")]
    public async Task Every_Presidency_route_refuses_anonymous_and_wrong_keys_with_401(string method, string path)
    {
        var anonymous = await host.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        var wrong = new HttpRequestMessage(new HttpMethod(method), path);
        wrong.Headers.Add("x-functions-key", host.PresidencyKey + "x");
        var wrongKey = await host.Http.SendAsync(wrong);

        foreach (var response in new[] { anonymous, wrongKey })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task The_presidency_page_takes_the_key_once_and_keeps_it_in_a_cookie()
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = host.Http.BaseAddress };

        var first = await browser.GetAsync($"/presidency?key={Uri.EscapeDataString(host.PresidencyKey)}");
        var then = await browser.GetAsync("/presidency");

        Assert.Equal((HttpStatusCode.Redirect, "/presidency"), (first.StatusCode, first.Headers.Location?.OriginalString));
        Assert.Contains("HttpOnly", string.Join(";", first.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, then.StatusCode);
    }
}
