using System.Net;
using System.Net.Http.Json;

namespace ProgrammeWorkflows.Tests;

/// <summary>What a route asks of its caller (the app's <c>RouteAccess</c>, for the test projects that do not reference the web app).</summary>
public enum Asks
{
    Read,
    Decide,
    Administer,
}

/// <summary>
/// Every route behind sign-in (all but the reply link's), on both hosts, each with a request its handler refuses on
/// its own ground (no such escalation, a year outside the programme, a start that is not JSON): past sign-in the answer
/// is the handler's, and nothing changes.
/// </summary>
public static class GuardedRoutes
{
    public static readonly IReadOnlyList<(HttpMethod Method, string Path, Func<HttpContent?> Body, Asks Access, HttpStatusCode Admitted)> All =
    [
        (HttpMethod.Get, "/presidency", NoBody, Asks.Read, HttpStatusCode.OK),
        (HttpMethod.Post, "/presidency/escalations/no-such-escalation/acknowledge", () => new FormUrlEncodedContent([new("reason", "sign-in test")]), Asks.Decide, HttpStatusCode.NotFound),
        (HttpMethod.Get, "/api/escalations", NoBody, Asks.Read, HttpStatusCode.OK),
        (HttpMethod.Post, "/api/escalations/no-such-escalation/acknowledge", () => JsonContent.Create(new { reason = "sign-in test" }), Asks.Decide, HttpStatusCode.NotFound),
        (HttpMethod.Get, "/api/items", NoBody, Asks.Read, HttpStatusCode.OK),
        (HttpMethod.Get, "/api/items/6", NoBody, Asks.Read, HttpStatusCode.OK),
        (HttpMethod.Get, "/api/reports", NoBody, Asks.Read, HttpStatusCode.OK),
        (HttpMethod.Get, "/reports/no-such-report", NoBody, Asks.Read, HttpStatusCode.NotFound),
        (HttpMethod.Post, "/api/reports/annual/1800", NoBody, Asks.Administer, HttpStatusCode.BadRequest),
        (HttpMethod.Post, "/api/programme/start", () => new StringContent("{", System.Text.Encoding.UTF8, "application/json"), Asks.Administer, HttpStatusCode.BadRequest),
        (HttpMethod.Post, "/api/links/revoke", () => JsonContent.Create(new { item = 99 }), Asks.Decide, HttpStatusCode.BadRequest),
    ];

    /// <summary>What the 403 of a route says the caller lacks.</summary>
    public static string Needs(Asks access) => access == Asks.Decide ? "needs the role Presidency or Administrator" : "needs the role Administrator";

    private static HttpContent? NoBody() => null;
}
