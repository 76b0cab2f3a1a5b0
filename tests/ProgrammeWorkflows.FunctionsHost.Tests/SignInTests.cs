using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using ProgrammeWorkflows.FunctionsHost.Tests.Hosting;
using ProgrammeWorkflows.Web.Security;
using Xunit.Abstractions;

namespace ProgrammeWorkflows.FunctionsHost.Tests;

/// <summary>The headers App Service authentication writes for a person it signed in with Microsoft Entra ID; the test stands in for the platform.</summary>
internal sealed record SignedInPerson(string Name, string Id, params ProgrammeRole[] Roles)
{
    public static readonly SignedInPerson PresidencyOfficial = new("Wolfgang Gruber", "00000000-0000-0000-0000-0000000000a1", ProgrammeRole.Presidency);
    public static readonly SignedInPerson Secretariat = new("Maria Rossi", "00000000-0000-0000-0000-0000000000b2", ProgrammeRole.Secretariat);
    public static readonly SignedInPerson Administrator = new("Jan de Vries", "00000000-0000-0000-0000-0000000000c3", ProgrammeRole.Administrator);
    public static readonly SignedInPerson WithoutRole = new("Guest User", "00000000-0000-0000-0000-0000000000d4");

    public Dictionary<string, string> Headers => new()
    {
        [PlatformPrincipal.Header] = PlatformPrincipal.Encode(Name, Id, Roles),
        [PlatformPrincipal.NameHeader] = Name,
        [PlatformPrincipal.IdHeader] = Id,
        ["X-MS-CLIENT-PRINCIPAL-IDP"] = "aad",
    };

    public async Task<HttpResponseMessage> SendAsync(FunctionsHostFixture host, HttpMethod method, string path, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        foreach (var (name, value) in Headers)
            request.Headers.Add(name, value);
        return await host.Http.SendAsync(request);
    }
}

/// <summary>
/// Under the real host as Azure runs it (App Service authentication on): each role on each route, a signed-in person
/// with no role of the programme refused, a person not signed in sent to sign in from a page.
/// </summary>
[Collection(OnProductionHost.Name)]
public sealed class SignedInRolesTests(ProductionHost host, ITestOutputHelper output)
{
    [FunctionsHostFact]
    public Task Each_signed_in_role_on_each_route_is_admitted_or_refused_for_want_of_the_role() => host.ExplainAsync(output, async () =>
    {
        var wrong = new List<string>();
        foreach (var person in new[] { SignedInPerson.Secretariat, SignedInPerson.PresidencyOfficial, SignedInPerson.Administrator, SignedInPerson.WithoutRole })
        {
            foreach (var (method, path, body, access, admitted) in GuardedRoutes.All)
            {
                using var response = await person.SendAsync(host, method, path, body());
                var admits = person.Roles.Contains(ProgrammeRole.Administrator)
                    || (person.Roles.Contains(ProgrammeRole.Presidency) && access != Asks.Administer)
                    || (person.Roles.Contains(ProgrammeRole.Secretariat) && access == Asks.Read);
                // The platform's session is a cookie, ambient to a browser: past sign-in, a page's form also wants its antiforgery token.
                var pageForm = path.StartsWith("/presidency/", StringComparison.Ordinal);
                var expected = admits && !pageForm ? admitted : HttpStatusCode.Forbidden;
                var text = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != expected)
                    wrong.Add($"{person.Name} {method} {path}: {(int)response.StatusCode}, expected {(int)expected}: {text}");
                else if (admits && pageForm && !text.Contains("antiforgery token is missing", StringComparison.Ordinal))
                    wrong.Add($"{person.Name} {method} {path}: admitted, so refused only for want of the page's token: {text}");
                else if (!admits && !(text.Contains(access == Asks.Read ? "needs the role Secretariat or Presidency or Administrator" : GuardedRoutes.Needs(access), StringComparison.Ordinal)
                    && response.Content.Headers.ContentType?.MediaType == "application/problem+json"))
                    wrong.Add($"{person.Name} {method} {path}: a 403 without problem details naming the role: {text}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    });

    [FunctionsHostFact]
    public Task A_change_asked_from_another_site_by_the_platforms_session_is_refused_and_its_cookies_are_secure_behind_TLS() => host.ExplainAsync(output, async () =>
    {
        // The platform's session goes with a post another site makes the browser send, even an empty one.
        foreach (var (path, crossSite) in new[] { ("/api/programme/start", ("Sec-Fetch-Site", "cross-site")), ("/api/reports/annual/1998", ("Origin", "https://evil.example")) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path);
            foreach (var (name, value) in SignedInPerson.Administrator.Headers)
                request.Headers.Add(name, value);
            request.Headers.Add(crossSite.Item1, crossSite.Item2);
            using var refused = await host.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("A change from another site is refused", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The front end ends TLS; served over HTTPS only, the app sets its cookies Secure though the host hands it plain HTTP.
        using var page = new HttpRequestMessage(HttpMethod.Get, $"/presidency?key={host.SecretariatKey}");
        using var opened = await host.Http.SendAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Contains("secure", opened.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(PresidencyKey.Cookie + "=", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
    });

    [FunctionsHostFact]
    public Task A_key_of_the_people_list_signs_its_holder_in_beside_the_platform() => host.ExplainAsync(output, async () =>
    {
        using var read = await host.SendAsync(HttpMethod.Get, "/api/escalations", host.SecretariatKey);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        using var decide = await host.SendAsync(HttpMethod.Post, "/api/escalations/no-such-escalation/acknowledge", host.SecretariatKey, JsonContent.Create(new { reason = "x" }));
        Assert.Equal(HttpStatusCode.Forbidden, decide.StatusCode);
        Assert.Contains($"{FunctionsHostFixture.SecretariatName} holds the role Secretariat", await decide.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    });
}

/// <summary>
/// Under the real host as <c>func start</c> runs it (no App Service authentication): the platform's headers, sent by
/// anybody, are ignored; a key still signs its holder in.
/// </summary>
[Collection(OnDevelopmentHost.Name)]
public sealed class ForgedPrincipalTests(DevelopmentHost host, ITestOutputHelper output)
{
    [FunctionsHostFact]
    public Task The_platforms_principal_headers_are_ignored_where_the_platform_has_not_authenticated() => host.ExplainAsync(output, async () =>
    {
        Assert.False(host.PlatformAuthentication);
        using var anonymous = await SignedInPerson.Administrator.SendAsync(host, HttpMethod.Get, "/api/escalations");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var page = await SignedInPerson.PresidencyOfficial.SendAsync(host, HttpMethod.Get, "/presidency");
        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);

        // The secretariat's key with a forged Presidency principal: the secretariat, who may not decide.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/escalations/no-such-escalation/acknowledge") { Content = JsonContent.Create(new { reason = "forged" }) };
        request.Headers.Add(FunctionsHostFixture.KeyHeader, host.SecretariatKey);
        foreach (var (name, value) in SignedInPerson.PresidencyOfficial.Headers)
            request.Headers.Add(name, value);
        using var forged = await host.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
    });
}

/// <summary>
/// A Presidency official signed in by the platform decides with no key anywhere, by the API and on the page in Chromium,
/// and the record says who. On the host whose programme starts after item 6 closed: every party is escalated at once.
/// </summary>
[Collection(OnAnnualReportHost.Name)]
public sealed class SignedInDecisionTests(AnnualReportHost host, ITestOutputHelper output)
{
    private static string Id(JsonArray escalations, string party) => (string)escalations.Single(e => (string?)e!["party"] == party)!["id"]!;

    /// <summary>The escalation's acknowledgement: the workflow may add entries of its own after it (the item closing with the party missing).</summary>
    private static JsonNode Acknowledgement(JsonNode escalation) => escalation["decisions"]!.AsArray().Single(d => (string?)d!["kind"] == "acknowledge")!;

    private async Task<JsonArray> EscalatedAsync()
    {
        await host.ProgrammeAsync();
        return await host.WaitAsync(async () => await ItemSix.EscalationsAsync(host) is { Count: 15 } all ? all : null, "the escalation of each of the 15 parties of item 6", ItemSix.Patience);
    }

    [FunctionsHostFact]
    public Task A_signed_in_Presidency_official_decides_by_the_api_and_the_record_says_who() => host.ExplainAsync(output, async () =>
    {
        var ireland = Id(await EscalatedAsync(), "IE");
        var official = SignedInPerson.PresidencyOfficial;

        using var decided = await official.SendAsync(host, HttpMethod.Post, $"/api/escalations/{ireland}/acknowledge", JsonContent.Create(new { reason = "the report is in translation" }));
        Assert.True(decided.StatusCode == HttpStatusCode.OK, $"{(int)decided.StatusCode} {await decided.Content.ReadAsStringAsync()}");

        var stored = Acknowledgement((await ItemSix.EscalationsAsync(host, "&party=IE")).Single()!);
        Assert.Equal(("acknowledge", official.Name, official.Id), ((string?)stored["kind"], (string?)stored["by"], (string?)stored["byId"]));
        var party = (await ItemSix.CycleAsync(host))["parties"]!.AsArray().Single(p => (string?)p!["party"] == "IE")!;
        Assert.Equal(official.Id, (string?)Acknowledgement(party["escalations"]![0]!)["byId"]);

        // The secretariat, signed in as well, reads the same and may not decide.
        using var refused = await SignedInPerson.Secretariat.SendAsync(host, HttpMethod.Post, $"/api/escalations/{ireland}/resolve", JsonContent.Create(new { reason = "no" }));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("acknowledged", (string?)(await ItemSix.EscalationsAsync(host, "&party=IE")).Single()!["state"]);
    });

    [FunctionsHostChromiumFact]
    public Task A_signed_in_Presidency_official_works_the_page_in_Chromium_with_no_key_anywhere() => host.ExplainAsync(output, async () =>
    {
        var portugal = Id(await EscalatedAsync(), "PT");
        var official = SignedInPerson.PresidencyOfficial;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumFactAttribute.Chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
        // The platform's headers on every request of the page, as App Service authentication adds them after sign-in.
        await using var context = await browser.NewContextAsync(new() { ExtraHTTPHeaders = official.Headers });
        var page = await context.NewPageAsync();
        var address = host.BaseAddress.ToString().TrimEnd('/');

        await page.GotoAsync($"{address}/presidency");
        await Assertions.Expect(page.Locator("p.signed-in")).ToContainTextAsync($"Signed in as {official.Name} (Presidency).");
        Assert.DoesNotContain("key=", page.Url, StringComparison.Ordinal);
        var form = page.Locator($"form[aria-label='acknowledge {portugal}']");
        await form.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Escalation {portugal}: acknowledge recorded.");
        await Assertions.Expect(page.Locator($"tr[id='{portugal}'] .decided-by")).ToHaveTextAsync(official.Name);

        var stored = (await ItemSix.EscalationsAsync(host, "&party=PT")).Single()!;
        Assert.Equal(("acknowledged", official.Name, official.Id), ((string?)stored["state"], (string?)Acknowledgement(stored)["by"], (string?)Acknowledgement(stored)["byId"]));
        Assert.Empty(await context.CookiesAsync([address]) is var cookies ? cookies.Where(c => c.Name == PresidencyKey.Cookie) : []);
    });
}
