using System.Net;
using System.Net.Http.Json;
using ProgrammeWorkflows.FunctionsHost.Tests.Hosting;
using Xunit.Abstractions;

namespace ProgrammeWorkflows.FunctionsHost.Tests;

/// <summary>
/// The app starts under the real host and serves, in Development (what <c>func start</c> sets) and in Production (what
/// Azure runs); and in both, every Presidency and administration route refuses anonymous calls and wrong keys with 401
/// and lets the function key through to the app (only the reply link is anonymous).
/// </summary>
public abstract class ServingTests(FunctionsHostFixture host, ITestOutputHelper output)
{
    private const string WrongKey = "not-a-key-of-this-host";

    /// <summary>Every HTTP trigger but the reply link's, each with what the app answers it with the function key.</summary>
    private static readonly (HttpMethod Method, string Path, Func<HttpContent?> Body, HttpStatusCode WithKey)[] KeyedRoutes =
    [
        (HttpMethod.Get, "/presidency", NoBody, HttpStatusCode.OK),
        (HttpMethod.Post, "/presidency/escalations/no-such-escalation/acknowledge", () => new FormUrlEncodedContent([new("reason", "key test")]), HttpStatusCode.NotFound),
        (HttpMethod.Get, "/api/escalations", NoBody, HttpStatusCode.OK),
        (HttpMethod.Post, "/api/escalations/no-such-escalation/acknowledge", () => JsonContent.Create(new { reason = "key test" }), HttpStatusCode.NotFound),
        (HttpMethod.Get, "/api/items", NoBody, HttpStatusCode.OK),
        (HttpMethod.Get, "/api/items/6", NoBody, HttpStatusCode.OK),
        (HttpMethod.Get, "/api/reports", NoBody, HttpStatusCode.OK),
        (HttpMethod.Get, "/reports/no-such-report", NoBody, HttpStatusCode.NotFound),
        (HttpMethod.Post, "/api/reports/annual/1800", NoBody, HttpStatusCode.BadRequest),
        (HttpMethod.Post, "/api/programme/start", () => JsonContent.Create(new { from = "not-a-date" }), HttpStatusCode.BadRequest),
    ];

    private static HttpContent? NoBody() => null;

    [FunctionsHostFact]
    public Task The_app_starts_and_serves() => host.ExplainAsync(output, async () =>
    {
        using var status = await host.SendAsync(HttpMethod.Get, "/admin/host/status", host.MasterKey);
        Assert.Contains("\"state\":\"Running\"", await status.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEmpty(host.LogLines($"Hosting environment: {host.Environment}"));

        var items = await host.GetJsonAsync("/api/items");
        Assert.Equal(43, items.AsArray().Count);
        using var page = await host.SendAsync(HttpMethod.Get, "/presidency", host.FunctionKey);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);

        // The anonymous reply link answers too: an unknown token is the same 404 as any bad link.
        using var reply = await host.SendAsync(HttpMethod.Get, "/reply/" + new string('A', 43), key: null);
        Assert.Equal(HttpStatusCode.NotFound, reply.StatusCode);
        output.WriteLine($"{host.Environment}: serving {host.StartedIn.TotalSeconds:0.0} s after the host's start");
    });

    [FunctionsHostFact]
    public Task Every_Presidency_and_administration_route_refuses_anonymous_calls_and_wrong_keys_and_accepts_the_function_key() => host.ExplainAsync(output, async () =>
    {
        var wrong = new List<string>();
        foreach (var (method, path, body, withKey) in KeyedRoutes)
        {
            foreach (var (who, key, query) in new[] { ("anonymous", (string?)null, ""), ("a wrong key", WrongKey, ""), ("a wrong code", null, "?code=" + WrongKey) })
            {
                using var refused = await host.SendAsync(method, path + query, key, body());
                if (refused.StatusCode != HttpStatusCode.Unauthorized)
                    wrong.Add($"{method} {path} with {who}: {(int)refused.StatusCode} {await refused.Content.ReadAsStringAsync()}");
            }

            using var accepted = await host.SendAsync(method, path, host.FunctionKey, body());
            var answered = await accepted.Content.ReadAsStringAsync();
            if (accepted.StatusCode != withKey)
                wrong.Add($"{method} {path} with the function key: {(int)accepted.StatusCode} (expected {(int)withKey}) {answered}");
            else if (withKey != HttpStatusCode.OK && accepted.Content.Headers.ContentType?.MediaType != "application/problem+json")
                wrong.Add($"{method} {path} with the function key: {(int)accepted.StatusCode} not from the app (no problem details): {answered}");
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    });
}

[Collection(OnDevelopmentHost.Name)]
public sealed class ServingInDevelopment(DevelopmentHost host, ITestOutputHelper output) : ServingTests(host, output);

[Collection(OnProductionHost.Name)]
public sealed class ServingInProduction(ProductionHost host, ITestOutputHelper output) : ServingTests(host, output);
