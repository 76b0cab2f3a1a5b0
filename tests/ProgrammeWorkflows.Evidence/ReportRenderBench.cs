using System.Diagnostics;
using System.Text.Json;
using ProgrammeWorkflows.Adapters.Reports;
using ProgrammeWorkflows.Domain.Delegates;
using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Domain.Programme;
using ProgrammeWorkflows.Domain.Reports;
using ProgrammeWorkflows.Domain.Submissions;
using ProgrammeWorkflows.Workflows.Activities;

namespace ProgrammeWorkflows.Evidence;

/// <summary>
/// The 1998 annual report of a programme at a scale, built from a deterministic year of answers (each party's answer
/// on time, late or missing, drawn from its item and code) without running the workflows, then rendered in every
/// format: the time to build the model and the median time of five renderings, in this process.
/// </summary>
public static class ReportRenderBench
{
    public static async Task RunAsync(IReadOnlyList<int> scales)
    {
        foreach (var scale in scales)
        {
            var programme = scale == 1 ? BuiltInProgrammes.CustomsActionProgramme : ScaledProgramme.Of(BuiltInProgrammes.CustomsActionProgramme, scale, twentySeven: true);
            using var csv = new StringReader(ScaledProgramme.DirectoryCsv(twentySeven: scale > 1));
            var directory = DelegateDirectoryCsv.Read(csv, programme.Parties).GetValueOrThrow();
            var asOf = new DateOnly(1999, 1, 31);
            var build = Stopwatch.StartNew();
            var reports = new List<ConsolidatedReport>();
            foreach (var item in programme.Items)
            {
                if (AnnualReport.CycleForYear(ProgrammeSchedule.CyclesOf(programme, item), 1998) is { } cycle)
                    reports.Add(ConsolidatedReport.Build(programme, cycle, [.. Answers(cycle, directory)], [], directory, asOf, closed: cycle.Due < asOf));
            }

            var json = JsonSerializer.Serialize(AnnualReport.Build(programme, 1998, asOf, reports), ReportJson.Options);
            build.Stop();
            var (renderMs, bytes) = await TimeAsync(json);
            Console.WriteLine(
                $"annual report 1998, x{scale}: {programme.Items.Count} items x {programme.Parties.Parties.Count} parties, {reports.Count} cycles; model built in {build.Elapsed.TotalMilliseconds:0} ms; " +
                $"rendered ({string.Join(", ", ReportFormats.Of("annual"))}) in {renderMs:0.0} ms (median of 5), {bytes / 1024.0:0} KiB");
        }
    }

    /// <summary>The median of five renderings of an annual report model in every format (after one that warms up), and the size of them all.</summary>
    public static async Task<(double Milliseconds, int Bytes)> TimeAsync(string json)
    {
        async Task<int> RenderAllAsync()
        {
            var bytes = 0;
            foreach (var format in ReportFormats.Of("annual"))
                bytes += (await ReportFormats.RenderAsync("annual", json, format))!.Content.Length;
            return bytes;
        }

        var bytes = await RenderAllAsync();
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            await RenderAllAsync();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return (times[2], bytes);
    }

    private static IEnumerable<Submission> Answers(ItemCycle cycle, DelegateDirectory directory)
    {
        foreach (var party in cycle.Owners)
        {
            var draw = (cycle.Item * 31 + party.Sum(c => c)) % 10;
            if (draw >= 8)
                continue;
            var at = cycle.Due.AddDays(draw < 6 ? -10 : 20).ToDateTime(TimeOnly.MinValue);
            var when = new DateTimeOffset(at, TimeSpan.Zero);
            yield return new Submission(cycle.ProgrammeId, cycle.Item, cycle.Cycle, party, 1, directory.Of(party)[0].Id, SubmissionStatus.Done, $"The national report of {party} on item {cycle.Item}: done, with the figures of the year.", [], when, when);
        }
    }
}
