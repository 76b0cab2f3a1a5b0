using System.Diagnostics;
using Microsoft.DurableTask.Client;
using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Local.Hosting;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Programme;
using ProgrammeWorkflows.Workflows.Time;

namespace ProgrammeWorkflows.Local.Simulation;

/// <summary>
/// What a simulation runs: how fast, and how often it reports its progress. The default speed is one two cores keep up
/// with: the whole run takes as long at 40 days a second (Azurite is the bound), but its workflows then lag the clock by
/// years. What the simulation writes is the same at every speed.
/// </summary>
public sealed record SimulationSettings(double DaysPerSecond, TimeSpan ProgressEvery)
{
    public const double DefaultDaysPerSecond = 15;
    public const double MaxDaysPerSecond = 1000;
}

/// <summary>How a simulated programme ended.</summary>
public sealed record SimulationResult(ProgrammeOutcome Outcome, ProgrammeClock Clock, TimeSpan Wall);

/// <summary>
/// Runs the whole programme in compressed time on the real workflows of a started <see cref="LocalSystem"/> (whose
/// simulated people answer the mail), reporting the programme date, the items open, the submissions and the escalations
/// as it goes, until the programme orchestration completes.
/// </summary>
public static class ProgrammeSimulation
{
    public static async Task<SimulationResult> RunAsync(LocalSystem system, SimulationSettings settings, TextWriter progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(progress);
        var programme = system.Get<IProgrammeCatalog>().Load(LocalSystem.ProgrammeId);
        var watch = Stopwatch.StartNew();
        var clock = ProgrammeClock.Starting(programme.Period.From, system.Get<TimeProvider>().GetUtcNow(), settings.DaysPerSecond * 86_400);
        var start = await system.Get<ProgrammeStarter>().StartAsync(system.Client, new ProgrammeRun(programme.Id, clock, ProduceAnnualReports: true), cancellationToken);
        if (!start.Started)
            throw new LocalConfigurationException($"programme {programme.Id} was already started in this storage; simulate into fresh storage (leave Storage:ConnectionString unset)");

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reporting = ReportProgressAsync(system, clock, settings.ProgressEvery, progress, stop.Token);
        var done = await system.Client.WaitForInstanceCompletionAsync(start.InstanceId, getInputsAndOutputs: true, cancellationToken);
        await stop.CancelAsync();
        await reporting;
        if (done.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
            throw new InvalidOperationException($"the programme orchestration ended {done.RuntimeStatus}: {done.FailureDetails?.ErrorMessage}");

        await WriteProgressAsync(system, clock, progress, CancellationToken.None);
        return new SimulationResult(done.ReadOutputAs<ProgrammeOutcome>()!, clock, watch.Elapsed);
    }

    private static async Task ReportProgressAsync(LocalSystem system, ProgrammeClock clock, TimeSpan every, TextWriter progress, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(every);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
                await WriteProgressAsync(system, clock, progress, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The programme is done.
        }
    }

    private static async Task WriteProgressAsync(LocalSystem system, ProgrammeClock clock, TextWriter progress, CancellationToken cancellationToken)
    {
        var id = LocalSystem.ProgrammeId;
        var cycles = await system.Get<IItemCycleStore>().ListAsync(id, cancellationToken);
        var submissions = await system.Get<ISubmissionStore>().ListAsync(id, cancellationToken);
        var escalations = await system.Get<IEscalationStore>().ListAsync(id, cancellationToken);
        var today = clock.ProgrammeDayOf(system.Get<TimeProvider>().GetUtcNow());
        await progress.WriteLineAsync(
            $"clock {today:yyyy-MM-dd} · items open {cycles.Count(c => !c.IsClosed),2} (closed {cycles.Count(c => c.IsClosed)}) · " +
            $"submissions {submissions.Count,4} · escalations {escalations.Count,3} ({escalations.Count(e => e.AwaitsPresidency)} open)");
    }
}
