using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Playwright;
using ProgrammeWorkflows.Local.Hosting;

namespace ProgrammeWorkflows.Local.Tests.EndToEnd;

/// <summary>
/// A person at a real browser (Playwright driving Debian's chromium) against the real local host: a delegate answers an
/// invitation from the mail folder; the Presidency extends a missed deadline and the workflow re-arms the reminders;
/// the annual report opens. All of it under the header policy: every page carries it, and the browser reports no
/// violation of it (no console message, no <c>securitypolicyviolation</c> event) while the pages render and the forms post.
/// </summary>
[Collection(Simulation.OneSimulatedProgramme.Name)]
public sealed class BrowserTests : IAsyncLifetime
{
    private readonly string mailFolder = Directory.CreateTempSubdirectory("programme-e2e-mail-").FullName;
    private LocalSystem? system;
    private IPlaywright? playwright;
    private IBrowser? browser;

    private LocalSystem Host => system!;

    private string Address => Host.WebAddress!.ToString().TrimEnd('/');

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Email:Folder:Path"] = mailFolder }).Build();
        system = await LocalSystem.StartAsync(configuration, new LocalSystemOptions(EngineKind.InProcess) { Urls = "http://127.0.0.1:0" });
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumFactAttribute.Chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
    }

    [ChromiumFact]
    public async Task A_delegate_answers_from_the_mail_and_the_Presidency_extends_a_missed_deadline()
    {
        // The programme starts a few programme days before the end of 1997, half a programme day per second.
        using (var http = new HttpClient { BaseAddress = Host.WebAddress })
        {
            using var start = new HttpRequestMessage(HttpMethod.Post, "api/programme/start") { Content = JsonContent.Create(new { from = "1997-12-26", speed = 43_200 }) };
            start.Headers.Add("x-functions-key", Host.PresidencyKey);
            Assert.Equal(System.Net.HttpStatusCode.Accepted, (await http.SendAsync(start)).StatusCode);
        }

        var page = await browser!.NewPageAsync();
        var violations = new List<string>();
        var documents = new List<(string Url, string? Policy)>();
        void Record(string what)
        {
            lock (violations)
                violations.Add(what);
        }

        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("Refused to", StringComparison.Ordinal)
                || message.Text.StartsWith("securitypolicyviolation", StringComparison.Ordinal))
                Record(message.Text);
        };
        page.Response += (_, response) =>
        {
            if (response.Request.ResourceType == "document")
            {
                lock (documents)
                    documents.Add((response.Url, response.Headers.GetValueOrDefault("content-security-policy")));
            }
        };
        // Every securitypolicyviolation event of every page, said on the console (where the listener above hears it).
        await page.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => console.error(`securitypolicyviolation: ${e.violatedDirective} ${e.blockedURI} on ${document.location.pathname}`));");

        await page.GotoAsync($"{Address}/?key={Host.PresidencyKey}");
        await Assertions.Expect(page.GetByText("The programme runs")).ToBeVisibleAsync();

        // An invitation on an item that stays open through the test (item 6 of 1998, owed by the 15 Member States by
        // 31 March 1998; an item opened after its close, or owed by one party who answers, closes at once). The page is
        // narrowed to that item: hundreds of invitations go out at the start, more than the page lists.
        var invitation = page.Locator("tbody a[href*='.06.1998.'][href*='.invitation.']").First;
        await ReloadUntilAsync(page, $"{Address}/mail?kind=invitation&item=6&cycle=1998", invitation, "an invitation on item 6");
        await invitation.ClickAsync();
        await page.Locator("article.mail a").First.ClickAsync();

        await page.Locator("select#status").SelectOptionAsync(new SelectOptionValue { Value = "done" });
        await page.Locator("textarea#text").FillAsync("Reported from the browser <script>alert(1)</script>");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the answer" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Received.");
        Assert.DoesNotContain("<script>alert(1)</script>", await page.ContentAsync(), StringComparison.Ordinal);

        // The Presidency sees a missed deadline of 31 December 1997 and extends it.
        await ReloadUntilAsync(page, $"{Address}/presidency", page.GetByRole(AriaRole.Button, new() { Name = "Extend" }).First, "an escalation");
        var form = page.Locator("form[aria-label^='Extend ']").First;
        var escalationId = (await form.GetAttributeAsync("aria-label"))!["Extend ".Length..];
        await form.Locator("input[name=newDueDate]").FillAsync("1998-06-30");
        await form.Locator("input[name=reason]").FillAsync("the national report is in translation");
        await form.GetByRole(AriaRole.Button, new() { Name = "Extend" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Escalation {escalationId}: extend recorded.");

        // The workflow re-arms: the party gets the notice of its new due date (the x1 reminder) in the mail folder.
        var (item, cycle, party) = Parse(escalationId);
        var notice = page.Locator($"a[href*='.{item:00}.{cycle}.{party}.reminder.x1.']").First;
        await ReloadUntilAsync(page, $"{Address}/mail?kind=reminder&item={item}&cycle={cycle}&party={party}", notice, $"the x1 reminder of {escalationId}");
        await notice.ClickAsync();
        // The party may be any state, its delegates writing in any of the sample's languages: the new date in whichever.
        var newDate = string.Join("|", ProgrammeWorkflows.Adapters.Mail.Templates.MailLanguages.All.Values.Select(l => System.Text.RegularExpressions.Regex.Escape(l.Date(new DateOnly(1998, 6, 30)))));
        await Assertions.Expect(page.Locator("article.mail")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(newDate));

        // The page frame's style applies under the policy (allowed by its hash), and so does the report's.
        await page.GotoAsync($"{Address}/presidency");
        Assert.Equal("3px", await page.EvalOnSelectorAsync<string>("header", "e => getComputedStyle(e).borderBottomWidth"));
        using (var http = new HttpClient { BaseAddress = Host.WebAddress })
        {
            using var produce = new HttpRequestMessage(HttpMethod.Post, "api/reports/annual/1997");
            produce.Headers.Add("x-functions-key", Host.PresidencyKey);
            Assert.Equal(System.Net.HttpStatusCode.Accepted, (await http.SendAsync(produce)).StatusCode);
        }

        var annual = page.Locator("a[href^='/reports/annual-1997']").First;
        await ReloadUntilAsync(page, $"{Address}/", annual, "the annual report of 1997");
        await annual.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("annual report to the Council, 1997");
        await Assertions.Expect(page.Locator("svg").First).ToBeVisibleAsync();
        Assert.Equal("collapse", await page.EvalOnSelectorAsync<string>("table", "e => getComputedStyle(e).borderCollapse"));

        Assert.Empty(violations);
        Assert.All(documents, d => Assert.True(d.Policy?.StartsWith("default-src 'none';", StringComparison.Ordinal), $"{d.Url} came without the policy: {d.Policy}"));
        Assert.Contains(documents, d => d.Url.Contains("/reply/", StringComparison.Ordinal));
        Assert.Contains(documents, d => d.Url.Contains("/reports/annual-1997", StringComparison.Ordinal));
    }

    /// <summary>Opens the page again until the element shows: the workflows run on their own clock.</summary>
    private static async Task ReloadUntilAsync(IPage page, string url, ILocator element, string what)
    {
        var patience = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            await page.GotoAsync(url);
            try
            {
                await element.WaitForAsync(new() { Timeout = 1_000 });
                return;
            }
            catch (TimeoutException) when (DateTime.UtcNow < patience)
            {
                // Not yet: open it again.
            }
            catch (TimeoutException e)
            {
                throw new TimeoutException($"{what} did not show on {url} within 90 s", e);
            }
        }
    }

    /// <summary>csap1997-item13-1997-AT-r0 → (13, "1997", "AT").</summary>
    private static (int Item, string Cycle, string Party) Parse(string escalationId)
    {
        var parts = escalationId.Split('-');
        return (int.Parse(parts[1]["item".Length..], System.Globalization.CultureInfo.InvariantCulture), parts[2], parts[3]);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
            await browser.DisposeAsync();
        playwright?.Dispose();
        if (system is not null)
            await system.DisposeAsync();
        Directory.Delete(mailFolder, recursive: true);
    }
}
