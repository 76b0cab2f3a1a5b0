using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using ProgrammeWorkflows.Local.Hosting;
using ProgrammeWorkflows.Local.Tests.CommandLine;

namespace ProgrammeWorkflows.Local.Tests.Serve;

/// <summary><c>programme start</c> and <c>report annual</c> against a real running local host (in-process engine, Azurite).</summary>
[Collection(Simulation.OneSimulatedProgramme.Name)]
public sealed class RunningHostCommandsTests : IAsyncLifetime
{
    private readonly string mail = Directory.CreateTempSubdirectory("programme-commands-mail-").FullName;
    private LocalSystem? system;

    private string Url => system!.WebAddress!.ToString();

    private string Key => system!.PresidencyKey;

    public async Task InitializeAsync() =>
        system = await LocalSystem.StartAsync(
            new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Email:Folder:Path"] = mail }).Build(),
            new LocalSystemOptions(EngineKind.InProcess) { Urls = "http://127.0.0.1:0" });

    [Fact]
    public async Task Programme_start_starts_once_and_refuses_a_bad_date_or_item_with_the_reason()
    {
        var bad = await CommandRun.RunAsync("programme", "start", "--url", Url, "--key", Key, "--from", "1997-13-01");
        var notNumbers = await CommandRun.RunAsync("programme", "start", "--url", Url, "--key", Key, "--items", "6,six");
        var notItems = await CommandRun.RunAsync("programme", "start", "--url", Url, "--key", Key, "--items", "6,44");
        var wrongKey = await CommandRun.RunAsync("programme", "start", "--url", Url, "--key", "not-the-key");
        var first = await CommandRun.RunAsync("programme", "start", "--url", Url, "--key", Key, "--from", "1997-07-01", "--speed", "86400", "--items", "6, 31");
        var second = await CommandRun.RunAsync("programme", "start", "--url", Url, "--key", Key);

        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("from: \"1997-13-01\" is not a date (yyyy-MM-dd)", bad.Error, StringComparison.Ordinal);
        Assert.Equal((1, "error: --items: \"six\" is not an item number; give item numbers separated by commas, e.g. 6,31"), (notNumbers.ExitCode, notNumbers.Error.Trim()));
        Assert.Equal(1, notItems.ExitCode);
        Assert.Contains("items: a list of distinct item numbers from 1 to 43", notItems.Error, StringComparison.Ordinal);
        Assert.Equal(1, wrongKey.ExitCode);
        Assert.Contains("401", wrongKey.Error, StringComparison.Ordinal);
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.StartsWith("Started: csap1997 (items 6, 31), programme time from 1997-07-01 at 86400", first.Output, StringComparison.Ordinal);
        var run = (await system!.Client.GetInstanceAsync("csap1997", getInputsAndOutputs: true))!.ReadInputAs<ProgrammeWorkflows.Workflows.Programme.ProgrammeRun>()!;
        Assert.Equal([6, 31], run.Items!);
        Assert.Equal(0, second.ExitCode);
        Assert.StartsWith("Already running: csap1997, programme time from 1997-07-01", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_annual_produces_a_new_version_each_time_and_refuses_a_year_outside_the_programme()
    {
        var outside = await CommandRun.RunAsync("report", "annual", "--year", "2005", "--url", Url, "--key", Key);
        var first = await CommandRun.RunAsync("report", "annual", "--year", "1998", "--url", Url, "--key", Key);
        using (var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
            Assert.Equal(OrchestrationRuntimeStatus.Completed, (await system!.Client.WaitForInstanceCompletionAsync("csap1997-annual-1998", patience.Token)).RuntimeStatus);
        var again = await CommandRun.RunAsync("report", "annual", "--year", "1998", "--url", Url, "--key", Key);

        Assert.Equal(1, outside.ExitCode);
        Assert.Contains("\"2005\" is not a year of the programme (1997, 1998)", outside.Error, StringComparison.Ordinal);
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(first.Output.Contains($"{Url}reports/annual-1998-v1", StringComparison.Ordinal), first.Output);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.True(again.Output.Contains($"{Url}reports/annual-1998-v2 ", StringComparison.Ordinal), again.Output);
        Assert.Equal(2, (await system!.Get<ProgrammeWorkflows.Workflows.Ports.IReportStore>().ListAsync("csap1997")).Count(r => r.Kind == "annual"));
    }

    [Fact]
    public async Task A_command_with_no_host_at_its_address_says_so()
    {
        var run = await CommandRun.RunAsync("programme", "start", "--url", "http://127.0.0.1:9", "--key", Key);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: no host answers at http://127.0.0.1:9/", run.Error, StringComparison.Ordinal);
        Assert.Contains("is `serve` running there?", run.Error, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        if (system is not null)
            await system.DisposeAsync();
        Directory.Delete(mail, recursive: true);
    }
}
