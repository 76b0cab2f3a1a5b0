using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ProgrammeWorkflows.Local.Hosting;

namespace ProgrammeWorkflows.Evidence;

/// <summary>
/// <c>bench</c>: the whole-programme simulation on each engine, at the 1997 programme's size and at ten times its items
/// with 27 parties, each in a process of its own (so peak memory is that run's alone); prints every figure and the
/// ratio of the big run to linear growth. A run still going after the time limit is stopped and reported as such.
/// </summary>
public static class Bench
{
    public static async Task<int> RunAsync(IReadOnlyList<EngineKind> engines, IReadOnlyList<int> scales, double daysPerSecond, TimeSpan limit)
    {
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; {daysPerSecond} programme days per second; limit {limit.TotalMinutes:0} min a run.");
        var results = new List<BenchResult>();
        foreach (var engine in engines)
        {
            foreach (var scale in scales)
            {
                Console.WriteLine($"-- {engine.ToString().ToLowerInvariant()} x{scale} ...");
                var (result, unfinished) = await RunChildAsync(engine, scale, daysPerSecond, limit);
                if (result is null)
                {
                    Console.WriteLine($"   did not finish within {limit.TotalMinutes:0} min: {unfinished}");
                    continue;
                }

                results.Add(result);
                Console.WriteLine(
                    $"   {result.Items} items, {result.Parties} parties, {result.Cycles} cycles ({result.PartyCycles} party-cycles): {result.WallSeconds:0.0} s wall, {result.CpuSeconds:0.0} s CPU, " +
                    $"peak {result.PeakWorkingSetBytes / 1024.0 / 1024.0:0} MiB; {result.Submissions} submissions, {result.Escalations} escalations, {result.Mails} mails; " +
                    $"annual report 1998 rendered (HTML, Markdown, CSV) in {result.AnnualReportRenderMs:0.0} ms, {result.AnnualReportBytes / 1024.0:0} KiB");
            }
        }

        foreach (var group in results.GroupBy(r => r.Engine))
        {
            var small = group.FirstOrDefault(r => r.Scale == 1);
            foreach (var big in group.Where(r => r.Scale > 1))
            {
                if (small is null)
                    continue;
                var work = (double)big.PartyCycles / small.PartyCycles;
                Console.WriteLine(
                    $"{group.Key}: x{big.Scale} is {work:0.0}x the work (party-cycles); wall {big.WallSeconds / small.WallSeconds:0.00}x (ratio to linear {big.WallSeconds / small.WallSeconds / work:0.00}), " +
                    $"CPU {big.CpuSeconds / small.CpuSeconds:0.00}x (ratio to linear {big.CpuSeconds / small.CpuSeconds / work:0.00}), peak memory {(double)big.PeakWorkingSetBytes / small.PeakWorkingSetBytes:0.00}x, " +
                    $"report rendering {big.AnnualReportRenderMs / small.AnnualReportRenderMs:0.00}x");
            }
        }

        return results.Count == engines.Count * scales.Count ? 0 : 3;
    }

    /// <summary>The run's result; or, stopped at the limit, its last progress line and its peak memory until then.</summary>
    private static async Task<(BenchResult? Result, string Unfinished)> RunChildAsync(EngineKind engine, int scale, double daysPerSecond, TimeSpan limit)
    {
        // The child's standard input is this process's pipe: it ends the run when this process is gone.
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { typeof(Bench).Assembly.Location, "bench-run", "--engine", engine.ToString().ToLowerInvariant(), "--scale", scale.ToString(CultureInfo.InvariantCulture), "--days-per-second", daysPerSecond.ToString(CultureInfo.InvariantCulture), "--with-parent", "yes" })
            start.ArgumentList.Add(argument);
        using var child = Process.Start(start)!;
        BenchResult? result = null;
        var progress = "no progress yet";
        var reading = Task.Run(async () =>
        {
            while (await child.StandardOutput.ReadLineAsync() is { } line)
            {
                if (line.StartsWith(BenchRun.Marker, StringComparison.Ordinal))
                    result = JsonSerializer.Deserialize<BenchResult>(line[BenchRun.Marker.Length..]);
            }
        });
        var watching = Task.Run(async () =>
        {
            while (await child.StandardError.ReadLineAsync() is { } line)
            {
                if (line.StartsWith("clock ", StringComparison.Ordinal))
                    progress = line;
            }
        });
        var unfinished = string.Empty;
        using var patience = new CancellationTokenSource(limit);
        try
        {
            await child.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            unfinished = $"{progress}; peak {PeakMiB(child.Id)} so far";
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }

        await Task.WhenAll(reading, watching);
        return (result, unfinished);
    }

    /// <summary>A running process's peak resident memory (VmHWM), from /proc.</summary>
    private static string PeakMiB(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? "unknown" : $"{long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024} MiB";
    }
}
