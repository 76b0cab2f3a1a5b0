using System.Text.Json.Nodes;
using ProgrammeWorkflows.FunctionsHost.Tests.Hosting;
using Xunit.Abstractions;

namespace ProgrammeWorkflows.FunctionsHost.Tests;

/// <summary>
/// The annual report timer, run now through the host's admin API, produces the annual report of the programme year just
/// ended on the programme's own clock (not the wall clock's): a programme whose clock has just passed 31 January 1999
/// gets annual-1998-v1, and only it; a programme on a clock outside 1997-1999 gets no report.
/// </summary>
internal static class AnnualReportTimer
{
    public const string Function = "AnnualReportTimer";

    /// <summary>Starts the host's programme and waits until its clock has passed <paramref name="passed"/>.</summary>
    public static async Task StartAndPassAsync(FunctionsHostFixture host, DateOnly passed)
    {
        var at = StartedClock.Of(await host.ProgrammeAsync()).WallTimeOf(passed);
        await host.WaitAsync(() => Task.FromResult(DateTimeOffset.UtcNow > at ? "yes" : null), $"the programme's clock to pass {passed:yyyy-MM-dd}", TimeSpan.FromMinutes(1));
    }

    /// <summary>Runs the timer now and waits until the host says the run ended; returns what the host logged of it.</summary>
    public static async Task<string> RunAsync(FunctionsHostFixture host)
    {
        var before = host.LogLines($"Executed 'Functions.{Function}'").Count;
        await host.RunTimerAsync(Function);
        var executed = await host.WaitAsync(
            () => Task.FromResult(host.LogLines($"Executed 'Functions.{Function}'") is var lines && lines.Count > before ? lines[^1] : null),
            $"the host to log the end of {Function}", TimeSpan.FromSeconds(60));
        Assert.Contains("(Succeeded", executed, StringComparison.Ordinal);
        return executed;
    }

    public static async Task<List<string>> AnnualReportsAsync(FunctionsHostFixture host) =>
        [.. (await host.GetJsonAsync("/api/reports")).AsArray().Where(r => (string?)r!["kind"] == "annual").Select(r => (string)r!["id"]!).Order(StringComparer.Ordinal)];

    /// <summary>The durable instances of the host's task hub, through the Durable extension's HTTP API (with its system key: the master key gets 403).</summary>
    public static async Task<List<(string Id, string Status)>> InstancesAsync(FunctionsHostFixture host)
    {
        using var response = await host.SendAsync(HttpMethod.Get, "/runtime/webhooks/durabletask/instances", host.SystemKey("durabletask_extension"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET /runtime/webhooks/durabletask/instances: {(int)response.StatusCode} {body}");
        return [.. JsonNode.Parse(body)!.AsArray().Select(i => ((string)i!["instanceId"]!, (string)i["runtimeStatus"]!))];
    }
}

[Collection(OnAnnualReportHost.Name)]
public sealed class AnnualReportTimerInTheProgrammeTests(AnnualReportHost host, ITestOutputHelper output)
{
    [FunctionsHostFact]
    public Task The_timer_produces_the_report_of_the_programme_year_just_ended_on_the_programme_clock() => host.ExplainAsync(output, async () =>
    {
        await AnnualReportTimer.StartAndPassAsync(host, new DateOnly(1999, 2, 1));
        await AnnualReportTimer.RunAsync(host);

        // Each report due is an orchestration of its own: wait until every one the run started has finished.
        await host.WaitAsync(
            async () => (await AnnualReportTimer.InstancesAsync(host)).Where(i => i.Id.Contains("annual", StringComparison.Ordinal)).ToList() is { Count: > 0 } annual && annual.All(i => i.Status == "Completed") ? "yes" : null,
            "the annual report orchestrations the timer started to complete", TimeSpan.FromSeconds(90));
        Assert.Equal(["annual-1998-v1"], await AnnualReportTimer.AnnualReportsAsync(host));
        using var shown = await host.SendAsync(HttpMethod.Get, "/reports/annual-1998-v1?format=matrix.csv", host.FunctionKey);
        Assert.Equal(System.Net.HttpStatusCode.OK, shown.StatusCode);
    });
}

[Collection(OnOutsideProgrammeHost.Name)]
public sealed class AnnualReportTimerOutsideTheProgrammeTests(OutsideProgrammeHost host, ITestOutputHelper output)
{
    [FunctionsHostFact]
    public Task The_timer_produces_nothing_for_a_year_outside_the_programme() => host.ExplainAsync(output, async () =>
    {
        await AnnualReportTimer.StartAndPassAsync(host, new DateOnly(2025, 2, 1));
        await AnnualReportTimer.RunAsync(host);

        // The run has ended: whatever it started is an instance of the hub by now (pending at least).
        var instances = (await AnnualReportTimer.InstancesAsync(host)).Select(i => i.Id).ToList();
        Assert.Contains("csap1997", instances);
        Assert.DoesNotContain(instances, i => i.Contains("annual", StringComparison.Ordinal));
        Assert.Empty(await AnnualReportTimer.AnnualReportsAsync(host));
    });
}
