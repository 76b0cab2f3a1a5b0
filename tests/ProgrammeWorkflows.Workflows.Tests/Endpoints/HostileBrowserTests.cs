using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ProgrammeWorkflows.Adapters.Storage;
using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Domain.Reports;
using ProgrammeWorkflows.Web.Security;
using ProgrammeWorkflows.Workflows.Activities;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Simulation;
using ProgrammeWorkflows.Workflows.Tests.Infrastructure;

namespace ProgrammeWorkflows.Workflows.Tests.Endpoints;

/// <summary>
/// The pages and reports against a hostile browser: every response carries the header policy, the Presidency's page
/// form still works from the page itself (the refusals are in the bad-input suite), a key in a page's address replaces
/// an old cookie, and an attachment is stored with the type its bytes show.
/// </summary>
[Collection(OnTheDurableEngine.Name)]
public sealed partial class HostileBrowserTests(WorkflowHost host)
{
    private HttpClient Browser() => new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = host.Http.BaseAddress };

    [Fact]
    public async Task Every_response_carries_the_header_policy_and_the_pages_style_is_the_one_it_allows()
    {
        var cycle = ProgrammeSchedule.Find(host.WebProgramme, 6, "1998");
        var model = ConsolidatedReport.Build(host.WebProgramme, cycle, [], [], host.Directory, new DateOnly(1998, 6, 1), closed: false);
        var report = await host.Get<IReportStore>().SaveAsync(new ReportDocument(host.WebProgramme.Id, ReportKinds.Consolidated, "item06-1998-headers", "Item 6", DateTimeOffset.UtcNow, JsonSerializer.Serialize(model, ReportJson.Options)));

        var pages = new[] { "/presidency", $"/reports/{report.Id}" };
        var others = new[] { $"/reports/{report.Id}?format=md", $"/reports/{report.Id}?format=csv", "/api/escalations", "/api/reports", "/reports/none", "/api/nothing-here" };
        using var browser = Browser();
        foreach (var path in pages.Concat(others))
        {
            using var response = await host.Http.SendAsync(host.AsPresidency(HttpMethod.Get, path));
            AssertPolicy(response, path);
            if (pages.Contains(path))
            {
                var style = StyleElement().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value;
                var hash = $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)))}'";
                Assert.Contains(hash, response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            }
        }

        // Anonymous: the refusals and a delegate's page (an unknown link, as a browser asks for it).
        using var reply = new HttpRequestMessage(HttpMethod.Get, "/reply/unknown");
        reply.Headers.Accept.ParseAdd("text/html");
        AssertPolicy(await browser.SendAsync(reply), "/reply/unknown");
        AssertPolicy(await browser.GetAsync("/presidency"), "/presidency without the key");
        AssertPolicy(await browser.PostAsync("/api/programme/start", null), "POST /api/programme/start without the key");
    }

    [Fact]
    public async Task A_decision_posted_from_the_page_itself_with_its_token_is_taken()
    {
        // The page carries its forms (and their token) only when there is something to decide: one escalation of item 42.
        var cycle = ProgrammeSchedule.CyclesOf(host.WebProgramme, host.WebProgramme.Item(42)).First();
        await host.Get<IEscalationStore>().AddIfAbsentAsync(
            Domain.Escalations.Escalation.Raise(cycle.InstanceId, host.WebProgramme.Id, 42, cycle.Cycle, "LU", 1, cycle.Due, new DateTimeOffset(cycle.Due.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), "UK"));
        var page = await PresidencyBrowser.OpenAsync(host);
        using var browser = Browser();

        // As Chromium posts the page's form under Referrer-Policy: no-referrer (Origin "null"), and as an older browser
        // does (its own Origin, no Sec-Fetch-Site): past the guards, to the decision, which finds no such escalation.
        var origin = host.Http.BaseAddress!.GetLeftPart(UriPartial.Authority);
        foreach (var headers in new[] { new[] { ("Origin", "null"), ("Sec-Fetch-Site", "same-origin") }, [("Origin", origin)] })
        {
            using var response = await browser.SendAsync(page.Decide("no-such-escalation", "waive", [new("reason", "waived")], headers: headers));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{string.Join(", ", headers)}: {(int)response.StatusCode} {body}");
            Assert.Contains("No such escalation", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_key_given_in_a_page_address_replaces_an_old_cookie_and_leaves_the_address()
    {
        using var browser = Browser();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/presidency?done=hello&key={Uri.EscapeDataString(host.PresidencyKey)}");
        request.Headers.Add("Cookie", $"{PresidencyKey.Cookie}={PresidencyKey.Generate()}");

        using var response = await browser.SendAsync(request);

        Assert.Equal((HttpStatusCode.Redirect, "/presidency?done=hello"), (response.StatusCode, response.Headers.Location?.OriginalString));
        Assert.Contains($"{PresidencyKey.Cookie}={host.PresidencyKey};", string.Join("\n", response.Headers.GetValues("Set-Cookie")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_attachment_is_stored_with_the_type_its_bytes_show_not_the_one_its_sender_claims()
    {
        var programme = host.NewProgramme();
        var item = await LiveItem.StartAsync(host, programme, 18, ProgrammeSchedule.CyclesOf(programme, programme.Item(18)).First().Cycle, 0.5, _ => DelegateBehaviour.Never);
        var link = await item.LinkAsync("BE");

        var answered = await host.Http.PostAsync(link, AnswerForm.Of("done", "x", ("report.pdf", "application/octet-stream", "%PDF-1.7\n"u8.ToArray()), ("note.txt", "application/octet-stream", "Grüße"u8.ToArray())));

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var stored = Assert.Single(await host.Get<ISubmissionStore>().ListAsync(programme.Id, 18, item.Cycle.Cycle, "BE"));
        Assert.Equal(["application/pdf", "text/plain"], stored.Attachments.Select(a => a.ContentType));
        var blobs = host.Get<StorageAccount>().Attachments;
        foreach (var attachment in stored.Attachments)
            Assert.Equal(attachment.ContentType, (await blobs.GetBlobClient(attachment.BlobPath).GetPropertiesAsync()).Value.ContentType);
    }

    private static void AssertPolicy(HttpResponseMessage response, string what)
    {
        string Header(string name) => response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "(none)";
        Assert.True(Header("Content-Security-Policy") == ResponseHeaders.ContentSecurityPolicy, $"{what}: CSP {Header("Content-Security-Policy")}");
        Assert.Equal(("DENY", "nosniff", "no-referrer", "no-store"), (Header("X-Frame-Options"), Header("X-Content-Type-Options"), Header("Referrer-Policy"), Header("Cache-Control")));
    }

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleElement();
}
