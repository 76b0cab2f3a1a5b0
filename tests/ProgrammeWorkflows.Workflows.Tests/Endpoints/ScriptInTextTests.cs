using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.DurableTask.Client;
using ProgrammeWorkflows.Domain.Programme;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Simulation;
using ProgrammeWorkflows.Workflows.Tests.Infrastructure;

namespace ProgrammeWorkflows.Workflows.Tests.Endpoints;

/// <summary>
/// Markup in every text field a person can send (the answer's text, an attachment's name, a Presidency decision's
/// reason) is stored as given and comes back encoded wherever it shows: the reply page, the Presidency page, the mail,
/// and the consolidated report in HTML and Markdown.
/// </summary>
[Collection(OnTheDurableEngine.Name)]
public sealed class ScriptInTextTests(WorkflowHost host)
{
    private const string InText = "<script>alert('text')</script>";
    private const string InFileName = "<img src=x onerror=alert(1)>.pdf";
    private const string InReason = "<iframe src=javascript:alert(2)>";

    [Fact]
    public async Task Markup_sent_in_any_field_comes_back_encoded_in_pages_mails_and_reports()
    {
        // Item 6 from its due date, 31 March 1998, two programme days a second: France answers, Denmark misses the
        // deadline and its escalation is waived; the item closes 40 days after the deadline (20 s: the waiver must come
        // before, or the report as of the close rightly leaves it out) and its consolidated report is made. No reminders:
        // those dated before the clock's start would all go at once, each with a newer link.
        var policy = FollowUpPolicy.Default with { ReminderDaysBefore = [], OverdueRemindersAtMost = 0, SecondLevelAfterDays = 15, CloseAfterDays = 40 };
        var item = await LiveItem.StartAsync(host, host.WebProgramme, 6, "1998", daysPerSecond: 2, _ => DelegateBehaviour.Never, policy, from: new DateOnly(1998, 3, 31));
        var link = await item.LinkAsync("FR");

        var answered = await host.Http.PostAsync(link, AnswerForm.Of("done", InText, (InFileName, "application/pdf", "%PDF-1.4"u8.ToArray())));
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        AssertEncoded(await answered.Content.ReadAsStringAsync(), "the confirmation", InText, InFileName);

        // Once France's answer is seen, France gets no newer link (had the deadline come first, its escalation mail did).
        await Eventually.HoldsAsync(async () => (await item.PartiesAsync()).GetValueOrDefault("FR") is "on-time" or "late", "France's answer seen");
        AssertEncoded(await (await host.Http.GetAsync(await item.CurrentLinkAsync("FR"))).Content.ReadAsStringAsync(), "the reply page", InText, InFileName);

        var stored = Assert.Single(await host.Get<ISubmissionStore>().ListAsync(item.Cycle.ProgrammeId, 6, "1998", "FR"));
        Assert.Equal((InText, InFileName), (stored.Text, stored.Attachments[0].Name));

        var denmark = await Eventually.GetAsync(
            async () => (await host.Get<IEscalationStore>().ListAsync(item.Cycle.ProgrammeId)).FirstOrDefault(e => e.Item == 6 && e.Party == "DK"),
            "Denmark's escalation on item 6");
        var waived = await host.Http.SendAsync(host.AsPresidency(HttpMethod.Post, $"/api/escalations/{denmark.Id}/waive", JsonContent.Create(new { reason = InReason })));
        Assert.Equal(HttpStatusCode.OK, waived.StatusCode);
        Assert.DoesNotContain(InReason, await (await host.Http.SendAsync(host.AsPresidency(HttpMethod.Get, "/presidency"))).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var patience = new CancellationTokenSource(Speeds.Patience);
        await host.Client.WaitForInstanceCompletionAsync(item.Cycle.InstanceId, patience.Token);
        var reportId = (await host.Get<IItemCycleStore>().GetAsync(item.Cycle.ProgrammeId, 6, "1998"))!.ReportId;
        Assert.NotNull(reportId);
        var html = await (await host.Http.SendAsync(host.AsPresidency(HttpMethod.Get, $"/reports/{reportId}"))).Content.ReadAsStringAsync();
        AssertEncoded(html, "the consolidated report (HTML)", InText, InFileName, InReason);
        var markdown = await (await host.Http.SendAsync(host.AsPresidency(HttpMethod.Get, $"/reports/{reportId}?format=md"))).Content.ReadAsStringAsync();
        Assert.DoesNotContain(InText, markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(InReason, markdown, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", markdown, StringComparison.Ordinal);

        // No mail of the item carries any of it raw.
        foreach (var mail in Directory.EnumerateFiles(host.MailFolder, $"*{item.Cycle.ProgrammeId}.06.1998.*.eml"))
        {
            var text = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(mail));
            foreach (var raw in new[] { InText, InFileName, InReason })
                Assert.DoesNotContain(raw, text, StringComparison.Ordinal);
        }
    }

    /// <summary>Each value shows, HTML-encoded, and never raw.</summary>
    private static void AssertEncoded(string html, string where, params string[] values)
    {
        foreach (var value in values)
        {
            Assert.False(html.Contains(value, StringComparison.Ordinal), $"{where} carries {value} raw");
            Assert.True(html.Contains(System.Net.WebUtility.HtmlEncode(value).Replace("&#39;", "&#x27;", StringComparison.Ordinal), StringComparison.Ordinal), $"{where} does not show {value}");
        }
    }
}
