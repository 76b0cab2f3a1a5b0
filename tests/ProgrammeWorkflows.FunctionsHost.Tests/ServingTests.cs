using System.Net;
using System.Net.Http.Json;
using ProgrammeWorkflows.FunctionsHost.Tests.Hosting;
using Xunit.Abstractions;

namespace ProgrammeWorkflows.FunctionsHost.Tests;

/// <summary>
/// The app starts under the real host and serves, in Development (what <c>func start</c> sets) and in Production (what
/// Azure runs); and in both, every route behind sign-in refuses anonymous calls and wrong keys with 401 (where the
/// platform authenticates, a page sends the person to sign in) and lets the function key, an administrator's, through
/// to the app (only the reply link is anonymous).
/// </summary>
public abstract class ServingTests(FunctionsHostFixture host, ITestOutputHelper output)
{
    private const string WrongKey = "not-a-key-of-this-host";

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
    public Task Every_route_behind_sign_in_refuses_anonymous_calls_and_wrong_keys_and_accepts_the_function_key() => host.ExplainAsync(output, async () =>
    {
        var wrong = new List<string>();
        foreach (var (method, path, body, _, withKey) in GuardedRoutes.All)
        {
            foreach (var (who, key, query) in new[] { ("anonymous", (string?)null, ""), ("a wrong key", WrongKey, ""), ("a wrong code", null, "?code=" + WrongKey) })
            {
                using var refused = await host.SendAsync(method, path + query, key, body());
                var toSignIn = host.PlatformAuthentication && key is null && method == HttpMethod.Get && path == "/presidency";
                if (toSignIn && (refused.StatusCode != HttpStatusCode.Redirect || refused.Headers.Location?.OriginalString.StartsWith("/.auth/login/aad?post_login_redirect_uri=%2Fpresidency", StringComparison.Ordinal) != true))
                    wrong.Add($"{method} {path} with {who}: {(int)refused.StatusCode} {refused.Headers.Location}, not sent to sign in");
                else if (!toSignIn && refused.StatusCode != HttpStatusCode.Unauthorized)
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
