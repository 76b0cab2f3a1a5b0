using System.Net;
using System.Text.Json.Nodes;
using ProgrammeWorkflows.FunctionsHost.Tests.Hosting;
using Xunit.Abstractions;

namespace ProgrammeWorkflows.FunctionsHost.Tests;

/// <summary>
/// A programme started through the app's HTTP API runs item 6 under the real host: invitations by mail, an answer
/// through the link in one, reminders and escalations for the parties that do not answer, an extension and a waiver
/// by the Presidency that take effect, the close, and the item's consolidated report in HTML, Markdown and CSV.
/// </summary>
[Collection(OnProductionHost.Name)]
public sealed class ItemFollowUpTests(ProductionHost host, ITestOutputHelper output)
{
    private const string Extended = "FR";
    private const string Waived = "NL";
    private const string OnTime = "DE";

    [FunctionsHostFact]
    public Task Item_6_invites_reminds_escalates_takes_the_Presidency_decisions_closes_and_serves_its_report() => host.ExplainAsync(output, async () =>
    {
        var clock = StartedClock.Of(await host.ProgrammeAsync());

        // Invitations to every owner, each with the programme's headers and a personal link.
        var invitations = await host.WaitAsync(
            () => Task.FromResult(Mail.In(host.MailFolder, "invitation") is var mail && mail.Select(m => m.Party).Distinct().Count() == 15 ? mail : null),
            "an invitation to each of the 15 Member States", ItemSix.Patience);
        Assert.All(invitations, m => Assert.Equal(("6", "1998", "invitation"), (m.Item, m.Cycle, m.Kind)));
        Assert.Equal(ItemSix.Owners.Order(StringComparer.Ordinal), invitations.Select(m => m.Party).Distinct().Order(StringComparer.Ordinal));
        Assert.All(invitations, m => Assert.NotNull(m.Link));

        // Germany answers through the link mailed to its primary delegate, before the deadline.
        await AnswerAsync(OnTime, "Germany's central risk analysis service runs since January.");
        await host.WaitAsync(async () => (string?)Party(await ItemSix.CycleAsync(host), OnTime)["standing"] is "on-time" or "late" ? "yes" : null, "Germany's answer in its standing", ItemSix.Patience);

        // The others are reminded, then escalated to the Presidency at the deadline.
        var escalations = await host.WaitAsync(
            async () => await ItemSix.EscalationsAsync(host) is var all && all.Any(e => (string?)e!["party"] == Extended) && all.Any(e => (string?)e!["party"] == Waived) ? all : null,
            "the escalations of France and the Netherlands", ItemSix.Patience);
        Assert.All(ItemSix.Owners.Except([OnTime]), party => Assert.Contains(Mail.In(host.MailFolder, "reminder"), m => m.Party == party));

        // The Presidency extends France's deadline by three weeks from the programme's today, and waives the Netherlands'.
        var newDueDate = clock.Today().AddDays(21).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var extend = await host.PostJsonAsync($"/api/escalations/{Id(escalations, Extended)}/extend", new { reason = "France's service opens soon.", newDueDate });
        Assert.True(extend.Status == HttpStatusCode.OK, $"extend: {(int)extend.Status} {extend.Body}");
        var waive = await host.PostJsonAsync($"/api/escalations/{Id(escalations, Waived)}/waive", new { reason = "The Netherlands reported through the working party." });
        Assert.True(waive.Status == HttpStatusCode.OK, $"waive: {(int)waive.Status} {waive.Body}");
        Assert.Equal("extended", (string?)(await ItemSix.EscalationsAsync(host, "&party=" + Extended)).Single()!["state"]);
        Assert.Equal("waived", (string?)(await ItemSix.EscalationsAsync(host, "&party=" + Waived)).Single()!["state"]);

        // The extension re-arms France's follow-up from the new date; France answers by the link of its invitation, as
        // every mail since carried it.
        await host.WaitAsync(
            () => Task.FromResult(Mail.In(host.MailFolder, "reminder").FirstOrDefault(m => m.Party == Extended && m.OutboxId.Contains(".x1.", StringComparison.Ordinal))),
            "the reminder of France's extended deadline", ItemSix.Patience);
        var france = Party(await ItemSix.CycleAsync(host), Extended);
        Assert.Equal(newDueDate, (string?)france["due"]);
        await AnswerAsync(Extended, "France's service opened this week.");

        // The item closes (its last follow-up ends 60 days after the deadline); every party's standing is final.
        var all = await host.WaitAsync(async () => await ItemSix.EscalationsAsync(host) is { Count: 14 } e ? e : null, "an escalation of each of the 14 parties that did not answer in time", ItemSix.Patience);
        Assert.DoesNotContain(all, e => (string?)e!["party"] == OnTime);
        var closed = await host.WaitAsync(async () => await ItemSix.CycleAsync(host) is var c && (string?)c["state"] == "closed" ? c : null, "item 6 to close", ItemSix.Patience);
        AnsweredStanding(closed, OnTime);
        AnsweredStanding(closed, Extended);
        Standing(closed, Waived, "waived");
        var missing = ItemSix.Owners.Except([OnTime, Extended, Waived]).ToList();
        Assert.All(missing, p => Standing(closed, p, "missing"));
        Assert.All(missing, p => Assert.True((int)Party(closed, p)["remindersSent"]! >= 3, $"{p}: {Party(closed, p).ToJsonString()}"));
        Assert.DoesNotContain(Mail.In(host.MailFolder, "overdue"), m => m.Party == OnTime);
        Assert.All(await ItemSix.EscalationsAsync(host), e => Assert.True(
            (string?)e!["party"] is Extended or Waived || ((string?)e["state"] == "open" && (int)e["level"]! == 2),
            $"a missing party's escalation is open at the second level: {e.ToJsonString()}"));

        // Its consolidated report is listed and served in every format.
        var report = await host.WaitAsync(
            async () => (await host.GetJsonAsync("/api/reports")).AsArray().FirstOrDefault(r => (string?)r!["kind"] == "consolidated" && ((string?)r["key"])?.Contains("item06-1998", StringComparison.Ordinal) == true),
            "the consolidated report of item 6", ItemSix.Patience);
        var id = (string)report!["id"]!;
        var html = await ShowAsync(id, "", "text/html");
        Assert.Contains("<html", html, StringComparison.OrdinalIgnoreCase);
        var markdown = await ShowAsync(id, "?format=md", "text/markdown");
        Assert.Contains("6", markdown, StringComparison.Ordinal);
        var csv = await ShowAsync(id, "?format=csv", "text/csv");
        Assert.Contains("Germany's central risk analysis service runs since January.", csv, StringComparison.Ordinal);
        Assert.Contains("France's service opened this week.", csv, StringComparison.Ordinal);
    });

    /// <summary>
    /// Answers as the party's primary delegate through the link of the invitation, the first mail: every later mail to
    /// them (reminders, overdue notices, the notice of an extension) carries that same link, and it still takes the
    /// answer; acknowledged with 200.
    /// </summary>
    private async Task AnswerAsync(string party, string text)
    {
        var primary = $"delegate@{party.ToLowerInvariant()}.customs.example";
        var theirs = Mail.In(host.MailFolder).Where(m => m.Party == party && m.To.Contains(primary) && m.Link is not null).ToList();
        var invitation = theirs.FirstOrDefault(m => m.Kind == "invitation") ?? throw new InvalidOperationException($"no invitation to {primary}");
        Assert.All(theirs, m => Assert.Equal(invitation.Link, m.Link));
        using var form = AnswerForm.Of("done", text);
        using var response = await host.SendAsync(HttpMethod.Post, invitation.Link!, key: null, form);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{party} answering by its invitation's link after {theirs.Count - 1} later mails: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<string> ShowAsync(string id, string format, string mediaType)
    {
        using var response = await host.SendAsync(HttpMethod.Get, $"/reports/{id}{format}", host.FunctionKey);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /reports/{id}{format}: {(int)response.StatusCode} {body}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return body;
    }

    /// <summary>
    /// On time when its first answer is stamped (in programme time) by its due date, else late: on a loaded machine the
    /// test's answer may come after the compressed clock has passed the deadline.
    /// </summary>
    private static void AnsweredStanding(JsonNode cycle, string party)
    {
        var entry = Party(cycle, party);
        var first = entry["submissions"]!.AsArray().Select(s => (DateTimeOffset)s!["submittedAt"]!).Min();
        var due = DateOnly.Parse((string)entry["due"]!, System.Globalization.CultureInfo.InvariantCulture);
        Standing(cycle, party, DateOnly.FromDateTime(first.UtcDateTime) <= due ? "on-time" : "late");
    }

    private static void Standing(JsonNode cycle, string party, string standing) =>
        Assert.True((string?)Party(cycle, party)["standing"] == standing, $"{party} should be {standing}: {Party(cycle, party).ToJsonString()}");

    private static JsonNode Party(JsonNode cycle, string party) =>
        cycle["parties"]!.AsArray().Single(p => (string?)p!["party"] == party)!;

    private static string Id(JsonArray escalations, string party) =>
        (string)escalations.Single(e => (string?)e!["party"] == party)!["id"]!;
}
