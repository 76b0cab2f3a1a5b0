using System.Text.Json.Nodes;
using ProgrammeWorkflows.Local.Tests.CommandLine;

namespace ProgrammeWorkflows.Local.Tests.Simulation;

/// <summary>
/// The same seed gives the same programme at any speed: a second run at another speed (so its workflows lag the clock
/// differently) writes the same submissions, escalations, reports and mail as the shared run.
/// </summary>
[Collection(OneSimulatedProgramme.Name)]
public sealed class SimulationDeterminismTests(SimulatedProgramme simulation)
{
    [Fact]
    public async Task Another_speed_writes_the_same_programme()
    {
        using var scratch = new ScratchFolder();
        var folder = Path.Combine(scratch.Path, "out");
        var run = await CommandRun.RunAsync("simulate", "--out", folder, "--days-per-second", "30");
        Assert.True(run.ExitCode == 0, $"simulate failed ({run.ExitCode}): {run.Error}");

        foreach (var file in new[] { "submissions.json", "escalations.json" })
            Assert.True(File.ReadAllText(simulation.PathOf(file)) == File.ReadAllText(Path.Combine(folder, file)), $"{file} differs");

        var reports = Directory.GetFiles(simulation.PathOf("reports")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(reports, Directory.GetFiles(Path.Combine(folder, "reports")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.True(reports.Count > 150, $"only {reports.Count} report files");
        foreach (var name in reports)
            Assert.True(File.ReadAllText(simulation.PathOf("reports", name!)) == File.ReadAllText(Path.Combine(folder, "reports", name!)), $"reports/{name} differs");

        // The mail: the same messages (a file's name is its sending order, then its id).
        Assert.Equal(MailIds(simulation.PathOf("outbox")), MailIds(Path.Combine(folder, "outbox")));
        Assert.Equal(Mails(File.ReadAllText(simulation.PathOf("summary.json"))), Mails(File.ReadAllText(Path.Combine(folder, "summary.json"))));
    }

    private static List<string> MailIds(string outbox) =>
        [.. Directory.GetFiles(outbox, "*.eml").Select(f => Path.GetFileName(f)[(Path.GetFileName(f).IndexOf('-', StringComparison.Ordinal) + 1)..]).Order(StringComparer.Ordinal)];

    private static string Mails(string summary) => JsonNode.Parse(summary)!["mails"]!.ToJsonString();
}
