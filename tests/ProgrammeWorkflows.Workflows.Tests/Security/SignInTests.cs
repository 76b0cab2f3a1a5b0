using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Domain.Programme;
using ProgrammeWorkflows.Web.Security;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Simulation;
using ProgrammeWorkflows.Workflows.Tests.Infrastructure;

namespace ProgrammeWorkflows.Workflows.Tests.Security;

/// <summary>
/// Sign-in on the local host: each role on each route (allowed, 401, 403), the platform's principal headers ignored
/// where the platform has not authenticated (here, always), a key moved from a page's address into the cookie and never
/// taken from an API's address, and who decided, started the programme or asked for an annual report, as stored.
/// </summary>
[Collection(OnTheDurableEngine.Name)]
public sealed class SignInTests(WorkflowHost host)
{
    /// <summary>A caller of the matrix: one of the people, or nobody, or a key nobody holds.</summary>
    public enum Caller
    {
        Nobody,
        UnknownKey,
        Secretariat,
        Presidency,
        Administrator,
    }

    private HttpRequestMessage Request(Caller caller, HttpMethod method, string path, HttpContent? content)
    {
        var request = caller switch
        {
            Caller.Secretariat => host.As(ProgrammeRole.Secretariat, method, path, content),
            Caller.Presidency => host.As(ProgrammeRole.Presidency, method, path, content),
            Caller.Administrator => host.As(ProgrammeRole.Administrator, method, path, content),
            _ => new HttpRequestMessage(method, path) { Content = content },
        };
        if (caller == Caller.UnknownKey)
            request.Headers.Add(PresidencyKey.Header, PresidencyKey.Generate());
        return request;
    }

    private static HttpStatusCode Expected(Caller caller, Asks access, HttpStatusCode admitted) => caller switch
    {
        Caller.Nobody or Caller.UnknownKey => HttpStatusCode.Unauthorized,
        Caller.Secretariat => access == Asks.Read ? admitted : HttpStatusCode.Forbidden,
        Caller.Presidency => access == Asks.Administer ? HttpStatusCode.Forbidden : admitted,
        _ => admitted,
    };

    [Fact]
    public async Task Each_role_on_each_route_is_admitted_refused_for_want_of_sign_in_or_refused_for_want_of_the_role()
    {
        var wrong = new List<string>();
        foreach (var caller in Enum.GetValues<Caller>())
        {
            foreach (var (method, path, body, access, admitted) in GuardedRoutes.All)
            {
                using var response = await host.Http.SendAsync(Request(caller, method, path, body()));
                var expected = Expected(caller, access, admitted);
                var text = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != expected)
                    wrong.Add($"{caller} {method} {path}: {(int)response.StatusCode}, expected {(int)expected}: {text}");
                else if (expected is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                    wrong.Add($"{caller} {method} {path}: {(int)response.StatusCode} without problem details: {text}");
                else if (expected == HttpStatusCode.Forbidden && !text.Contains(GuardedRoutes.Needs(access), StringComparison.Ordinal))
                    wrong.Add($"{caller} {method} {path}: the 403 does not name the role it needs: {text}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Fact]
    public async Task The_platforms_principal_headers_are_ignored_where_the_platform_has_not_authenticated()
    {
        // Nobody signed in, claiming to be an administrator the way App Service authentication would say it.
        var forged = new (string, string)[]
        {
            (PlatformPrincipal.Header, PlatformPrincipal.Encode("Commission President <forged>", "forged-id", ProgrammeRole.Administrator)),
            (PlatformPrincipal.NameHeader, "Commission President <forged>"),
            (PlatformPrincipal.IdHeader, "forged-id"),
        };
        using var anonymous = new HttpRequestMessage(HttpMethod.Get, "/api/escalations");
        foreach (var (name, value) in forged)
            anonymous.Headers.Add(name, value);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Http.SendAsync(anonymous)).StatusCode);

        // The secretariat, claiming the Presidency's role: still the secretariat, who may not decide.
        using var secretariat = host.As(ProgrammeRole.Secretariat, HttpMethod.Post, "/api/escalations/no-such-escalation/acknowledge", JsonContent.Create(new { reason = "forged" }));
        foreach (var (name, value) in forged)
            secretariat.Headers.Add(name, value);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Http.SendAsync(secretariat)).StatusCode);
    }

    [Fact]
    public async Task A_key_given_in_a_pages_address_moves_into_the_cookie_and_an_api_never_takes_one_from_its_address()
    {
        using var browser = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = host.Http.BaseAddress };
        var key = host.People[ProgrammeRole.Secretariat].Key;

        using var opened = await browser.GetAsync($"/presidency?key={key}&done=x");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("/presidency?done=x", opened.Headers.Location!.OriginalString);
        var cookie = opened.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(PresidencyKey.Cookie + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        // With the cookie, the secretariat reads the queue as itself, without a single decision form.
        using var page = new HttpRequestMessage(HttpMethod.Get, "/presidency");
        page.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var shown = await browser.SendAsync(page);
        var html = await shown.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains("Signed in as <strong>Luc Dubois</strong> (Secretariat); the decisions are the Presidency&#x27;s.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync($"/api/items?key={key}")).StatusCode);
    }

    [Fact]
    public async Task A_decision_records_who_took_it_by_name_and_id_in_the_escalation_the_item_api_the_page_and_the_audit_log()
    {
        // Item 12, the ratification of the CIS Convention, from its deadline: every owner misses it, and nobody is reminded.
        var programme = host.WebProgramme;
        var cycleName = ProgrammeSchedule.CyclesOf(programme, programme.Item(12)).First().Cycle;
        var policy = FollowUpPolicy.Default with { ReminderDaysBefore = [], OverdueRemindersAtMost = 0, SecondLevelAfterDays = 4000, CloseAfterDays = 5000 };
        var due = ProgrammeSchedule.Find(programme, 12, cycleName).Due;
        var item = await LiveItem.StartAsync(host, programme, 12, cycleName, daysPerSecond: 2, _ => DelegateBehaviour.Never, policy, from: due);
        var escalation = await Eventually.GetAsync(
            async () => (await host.Get<IEscalationStore>().ListAsync(programme.Id)).FirstOrDefault(e => e.Item == 12 && e.Party == "IE"),
            "Ireland's escalation on item 12");

        // The Presidency official decides, naming someone else in the platform's header: the record names the official.
        using var decide = host.As(ProgrammeRole.Presidency, HttpMethod.Post, $"/api/escalations/{escalation.Id}/acknowledge", JsonContent.Create(new { reason = "the bill is before the Dáil" }));
        decide.Headers.Add(PlatformPrincipal.NameHeader, "Commission President <forged>");
        using var decided = await host.Http.SendAsync(decide);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var entry = JsonNode.Parse(await decided.Content.ReadAsStringAsync())!["decisions"]!.AsArray().Single(d => (string?)d!["kind"] == "acknowledge")!;
        Assert.Equal(("acknowledge", "Kirsti Virtanen", "presidency-official-7"), ((string?)entry["kind"], (string?)entry["by"], (string?)entry["byId"]));

        var stored = (await host.Get<IEscalationStore>().GetAsync(programme.Id, escalation.Id))!.Decisions.Single(d => d.Kind == Domain.Escalations.EscalationEntryKind.Acknowledge);
        Assert.Equal(("Kirsti Virtanen", "presidency-official-7"), (stored.By, stored.ById));

        using var detail = await host.Http.SendAsync(host.As(ProgrammeRole.Secretariat, HttpMethod.Get, "/api/items/12"));
        var parties = JsonNode.Parse(await detail.Content.ReadAsStringAsync())!["cycles"]!.AsArray().Single(c => (string?)c!["cycle"] == cycleName)!["parties"]!.AsArray();
        var shown = parties.Single(p => (string?)p!["party"] == "IE")!["escalations"]!.AsArray().Single()!["decisions"]!.AsArray().Single(d => (string?)d!["kind"] == "acknowledge")!;
        Assert.Equal(("Kirsti Virtanen", "presidency-official-7"), ((string?)shown["by"], (string?)shown["byId"]));

        using var page = await host.Http.SendAsync(host.As(ProgrammeRole.Presidency, HttpMethod.Get, "/presidency"));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Signed in as <strong>Kirsti Virtanen</strong> (Presidency).", html, StringComparison.Ordinal);
        Assert.Contains("acknowledge by <span class=\"decided-by\" title=\"presidency-official-7\">Kirsti Virtanen</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("forged", html, StringComparison.Ordinal);

        var audit = (await host.Get<IAuditLog>().ListAsync(programme.Id)).Single(a => a.Subject == escalation.Id);
        Assert.Equal(("decision:acknowledge", "Kirsti Virtanen", "presidency-official-7"), (audit.Action, audit.Actor, audit.ActorId));
        await host.Client.TerminateInstanceAsync(item.Cycle.InstanceId);
    }

    [Fact]
    public async Task An_annual_report_asked_for_is_recorded_with_the_administrator_who_asked()
    {
        using var produce = await host.Http.SendAsync(host.As(ProgrammeRole.Administrator, HttpMethod.Post, "/api/reports/annual/1998"));
        Assert.Equal(HttpStatusCode.Accepted, produce.StatusCode);
        var instance = (string)JsonNode.Parse(await produce.Content.ReadAsStringAsync())!["instanceId"]!;

        var audit = (await host.Get<IAuditLog>().ListAsync(host.WebProgramme.Id)).Single(a => a.Subject == instance);
        Assert.Equal(("annual-report:produce", "Ana Ferreira", "administrator-1", "annual report 1998"), (audit.Action, audit.Actor, audit.ActorId, audit.Detail));
        using var patience = new CancellationTokenSource(Speeds.Patience);
        await host.Client.WaitForInstanceCompletionAsync(instance, patience.Token);
    }
}
