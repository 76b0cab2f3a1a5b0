using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using ProgrammeWorkflows.Adapters.Reports;
using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Domain.Programme;
using ProgrammeWorkflows.Local.Hosting;
using ProgrammeWorkflows.Local.Simulation;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Simulation;

namespace ProgrammeWorkflows.Evidence;

/// <summary>What one whole-programme run measured.</summary>
public sealed record BenchResult(
    string Engine, int Scale, int Items, int Parties, int Cycles, int PartyCycles, int Submissions, int Escalations, int Mails,
    double WallSeconds, double CpuSeconds, long PeakWorkingSetBytes, double AnnualReportRenderMs, int AnnualReportBytes);

/// <summary>
/// <c>bench-run</c>: one whole-programme simulation in this process (so its peak memory is this process's), on an
/// engine and at a scale, then the 1998 annual report rendered in every format; prints one <c>RESULT {json}</c> line.
/// </summary>
public static class BenchRun
{
    public const string Marker = "RESULT ";

    /// <summary>Runs <paramref name="run"/>, and ends this process if its parent's pipe on standard input closes first.</summary>
    public static Task<int> WithParentAsync(Func<Task<int>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        _ = Task.Run(async () =>
        {
            await Console.In.ReadToEndAsync();
            Console.Error.WriteLine("bench-run: the bench that started this run is gone; stopping.");
            Environment.Exit(5);
        });
        return run();
    }

    public static async Task<int> RunAsync(EngineKind engine, int scale, double daysPerSecond)
    {
        var programme = scale == 1 ? BuiltInProgrammes.CustomsActionProgramme : ScaledProgramme.Of(BuiltInProgrammes.CustomsActionProgramme, scale, twentySeven: true);
        var mail = Directory.CreateTempSubdirectory("programme-bench-mail-").FullName;
        var delegates = Path.Combine(mail, "..", Path.GetFileName(mail) + "-delegates.csv");
        await File.WriteAllTextAsync(delegates, ScaledProgramme.DirectoryCsv(twentySeven: scale > 1));
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Email:Folder:Path"] = mail, ["Delegates:Path"] = delegates }).Build();
            await using var system = await LocalSystem.StartAsync(configuration, new LocalSystemOptions(engine)
            {
                SimulatedPeople = new SeededDelegateBehaviours(SimulationOptions.DefaultSeed, BehaviourMix.Default),
                Programme = programme,
            });
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var run = await ProgrammeSimulation.RunAsync(system, new SimulationSettings(daysPerSecond, TimeSpan.FromSeconds(10)), Console.Error);
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;

            var id = LocalSystem.ProgrammeId;
            var cycles = ProgrammeSchedule.Cycles(programme);
            var reports = system.Get<IReportStore>();
            var annual = (await reports.ListAsync(id)).Where(r => r.Kind == "annual" && r.Key == "1998").OrderBy(r => r.Version).Last();
            var json = await reports.GetModelJsonAsync(id, annual.Id) ?? throw new InvalidOperationException("the 1998 annual report has no model");
            var (renderMs, bytes) = await ReportRenderBench.TimeAsync(json);

            var result = new BenchResult(
                engine.ToString().ToLowerInvariant(), scale, programme.Items.Count, programme.Parties.Parties.Count, cycles.Count, cycles.Sum(c => c.Owners.Count),
                (await system.Get<ISubmissionStore>().ListAsync(id)).Count, (await system.Get<IEscalationStore>().ListAsync(id)).Count,
                Directory.GetFiles(mail, "*.eml").Length, run.Wall.TotalSeconds, cpu.TotalSeconds, Process.GetCurrentProcess().PeakWorkingSet64, renderMs, bytes);
            Console.WriteLine(Marker + JsonSerializer.Serialize(result));
            return 0;
        }
        finally
        {
            Directory.Delete(mail, recursive: true);
            File.Delete(delegates);
        }
    }
}
