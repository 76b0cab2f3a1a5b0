using System.Text.Json;
using ProgrammeWorkflows.Local.Simulation;
using ProgrammeWorkflows.Local.Tests.CommandLine;

namespace ProgrammeWorkflows.Local.Tests.Simulation;

/// <summary>
/// One run of the real <c>simulate</c> command (in-process engine, Azurite it starts, the folder transport), whose
/// output folder the tests read. The run takes the better part of a minute, so the tests share it.
/// </summary>
public sealed class SimulatedProgramme : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Directory.CreateTempSubdirectory("programme-simulation-").FullName, "out");

    internal CommandRun Run { get; private set; } = new(-1, string.Empty, string.Empty);

    public IReadOnlyList<SubmissionRecord> Submissions { get; private set; } = [];

    public IReadOnlyList<EscalationRecord> Escalations { get; private set; } = [];

    public JsonElement Summary { get; private set; }

    public async Task InitializeAsync()
    {
        Run = await CommandRun.RunAsync("simulate", "--out", Folder, "--days-per-second", "100");
        if (Run.ExitCode != 0)
            throw new InvalidOperationException($"simulate failed ({Run.ExitCode}): {Run.Error}\n{Run.Output}");
        Submissions = Read<List<SubmissionRecord>>("submissions.json");
        Escalations = Read<List<EscalationRecord>>("escalations.json");
        Summary = Read<JsonElement>("summary.json");
    }

    public string PathOf(params string[] parts) => Path.Combine([Folder, .. parts]);

    private T Read<T>(string name) => JsonSerializer.Deserialize<T>(File.ReadAllText(PathOf(name)), SimulationOutput.Json)!;

    public Task DisposeAsync()
    {
        Directory.Delete(Path.GetDirectoryName(Folder)!, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>
/// The whole-system tests (the simulation, the browser, the restart, the running-host commands) run one at a time:
/// each runs a durable engine and Azurite of its own, and side by side they starved each other on two cores (a page
/// that took 30 s to load).
/// </summary>
[CollectionDefinition(Name)]
public sealed class OneSimulatedProgramme : ICollectionFixture<SimulatedProgramme>
{
    public const string Name = "whole system";
}
