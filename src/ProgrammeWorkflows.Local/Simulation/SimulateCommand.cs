using System.CommandLine;
using System.Globalization;
using ProgrammeWorkflows.Local.CommandLine;
using ProgrammeWorkflows.Local.Hosting;
using ProgrammeWorkflows.Workflows.Simulation;

namespace ProgrammeWorkflows.Local.Simulation;

/// <summary><c>simulate --out DIR</c>: the whole 1997-1999 programme in compressed time, with simulated delegates and Presidency.</summary>
internal static class SimulateCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "The folder to write into (created; must be empty): outbox/, reports/, submissions.json, escalations.json, summary.json.", Required = true };
        var seed = new Option<int?>("--seed") { Description = "Who behaves how is drawn from this seed; the same seed gives the same programme. Default 1997 (Simulation:Seed)." };
        var mix = new Option<string?>("--mix") { Description = $"The share of each behaviour, e.g. \"{BehaviourMix.Default}\" (the default; Simulation:Mix)." };
        var speed = new Option<double?>("--days-per-second") { Description = $"Programme days per wall second, up to {SimulationSettings.MaxDaysPerSecond}. Default {SimulationSettings.DefaultDaysPerSecond} (Simulation:DaysPerSecond)." };
        var engine = EngineOption.Create(EngineKind.InProcess);
        var command = new Command("simulate", "Run the whole programme (1 July 1997 to its last close in 1999) on the real workflows, with simulated delegates, and write what it produced.")
        {
            output, seed, mix, speed, engine,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var error = result.InvocationConfiguration.Error;
            var configuration = LocalConfiguration.Build(new Dictionary<string, string?>
            {
                ["Simulation:Seed"] = result.GetValue(seed)?.ToString(CultureInfo.InvariantCulture),
                ["Simulation:Mix"] = result.GetValue(mix),
                ["Simulation:DaysPerSecond"] = result.GetValue(speed)?.ToString(CultureInfo.InvariantCulture),
            });
            var settings = SimulationOptions.Read(configuration);
            if (!settings.IsValid)
                return ProblemReport.Write(error, "simulate", settings.Problems);
            var folder = result.GetValue(output)!;
            if (folder.Exists && folder.EnumerateFileSystemInfos().Any())
                return ProblemReport.Write(error, "simulate", [new Domain.Problem("--out", $"{folder.FullName} is not empty; give a new or empty folder, so no earlier run is overwritten or mixed in")]);
            folder.Create();

            var options = settings.Value!;
            var mailFolder = Path.Combine(folder.FullName, SimulationOutput.Outbox);
            var withOutbox = LocalConfiguration.With(configuration, new Dictionary<string, string?>
            {
                ["Email:Folder:Path"] = mailFolder,
                ["Storage:TablePrefix"] = string.IsNullOrEmpty(configuration["Storage:ConnectionString"]) ? null : $"sim{DateTime.UtcNow:yyyyMMddHHmmss}",
            });
            var stdout = result.InvocationConfiguration.Output;
            using var logging = LocalLogging.Create(withOutbox);
            stdout.WriteLine($"Simulating {LocalSystem.ProgrammeId}: seed {options.Seed}, mix {options.Mix}, {options.DaysPerSecond} programme days per second, {result.GetValue(engine)} engine.");
            await using var system = await LocalSystem.StartAsync(withOutbox, new LocalSystemOptions(result.GetValue(engine))
            {
                SimulatedPeople = new SeededDelegateBehaviours(options.Seed, options.Mix),
                LoggerFactory = logging,
            }, cancellationToken);
            stdout.WriteLine(system.StartedAzurite ? "Azure Storage: Azurite, in memory, started for this run." : "Azure Storage: the configured account.");
            stdout.WriteLine($"Mail: {(withOutbox["Email:Transport"] is { Length: > 0 } transport ? transport : "Folder")} ({mailFolder} for the folder transport).");

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, system.Stopping);
            var run = await ProgrammeSimulation.RunAsync(system, new SimulationSettings(options.DaysPerSecond, TimeSpan.FromSeconds(2)), stdout, stop.Token);
            var summary = await SimulationOutput.WriteAsync(system, folder.FullName, run, options.Seed, options.Mix.ToString(), options.DaysPerSecond, cancellationToken);
            stdout.WriteLine($"Done in {summary.WallSeconds:0.0} s: {summary.Cycles} item cycles, {summary.Submissions} submissions, {summary.Escalations.Values.Sum()} escalations, {summary.Mails.Values.Sum()} mails.");
            stdout.WriteLine($"Written to {folder.FullName}:");
            foreach (var report in summary.AnnualReports)
                stdout.WriteLine($"  annual report: {Path.Combine(folder.FullName, SimulationOutput.Reports, report + ".html")}");
            stdout.WriteLine($"  every report in {Path.Combine(folder.FullName, SimulationOutput.Reports)}; the mail in {mailFolder}; summary.json, submissions.json, escalations.json.");
            return 0;
        });
        return command;
    }
}
