using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using ProgrammeWorkflows.Domain.Reports;
using ProgrammeWorkflows.Workflows.Activities;
using ProgrammeWorkflows.Workflows.AnnualReports;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Programme;
using ProgrammeWorkflows.Workflows.Tests.Infrastructure;
using ProgrammeWorkflows.Workflows.Time;

namespace ProgrammeWorkflows.Workflows.Tests.AnnualReports;

/// <summary>
/// What the Functions timer asks (<see cref="AnnualReportSchedule"/>): the annual reports due on the programme's own
/// clock, each started once. The timer used to take the wall clock's year minus one and produced annual-2025 for a
/// programme of 1997-1999.
/// </summary>
[Collection(OnTheDurableEngine.Name)]
public sealed class AnnualReportScheduleTests(WorkflowHost host)
{
    [Fact]
    public async Task A_programme_whose_clock_reads_February_1999_gets_the_report_of_1998_once_and_nothing_of_the_wall_clocks_year()
    {
        var programme = host.NewProgramme();
        await StartProgrammeAsync(programme.Id, new DateOnly(1999, 2, 10));
        var schedule = host.Get<AnnualReportSchedule>();

        var started = await schedule.StartDueAsync(host.Client, programme.Id);
        var again = await schedule.StartDueAsync(host.Client, programme.Id);

        Assert.Equal($"{programme.Id}-annual-1998", started);
        Assert.Null(again);
        using (var patience = new CancellationTokenSource(Speeds.Patience))
        {
            var done = await host.Client.WaitForInstanceCompletionAsync(started!, getInputsAndOutputs: true, patience.Token);
            Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        }

        var reports = await host.Get<IReportStore>().ListAsync(programme.Id);
        Assert.Equal(["annual-1998-v1"], reports.Where(r => r.Kind == ReportKinds.Annual).Select(r => r.Id));

        // Each is as of its own day, on the programme's clock (31 January of the next year), not of the day the timer ran.
        var model = JsonSerializer.Deserialize<AnnualReport>((await host.Get<IReportStore>().GetModelJsonAsync(programme.Id, "annual-1998-v1"))!, ReportJson.Options)!;
        Assert.Equal(new DateOnly(1999, 1, 31), model.AsOf);
    }

    [Fact]
    public async Task A_programme_whose_clock_is_before_its_first_report_day_or_after_its_years_or_not_running_gets_none()
    {
        var early = host.NewProgramme();
        await StartProgrammeAsync(early.Id, new DateOnly(1997, 12, 1));
        var late = host.NewProgramme();
        await StartProgrammeAsync(late.Id, new DateOnly(2025, 6, 1));
        var notRunning = host.NewProgramme();
        var schedule = host.Get<AnnualReportSchedule>();

        Assert.Null(await schedule.StartDueAsync(host.Client, early.Id));
        Assert.Null(await schedule.StartDueAsync(host.Client, late.Id));
        Assert.Null(await schedule.StartDueAsync(host.Client, notRunning.Id));
        Assert.Null(await host.Client.GetInstanceAsync($"{notRunning.Id}-annual-2025"));
    }

    [Fact]
    public async Task The_matrix_of_a_programme_run_for_item_6_alone_marks_the_items_never_followed_up_as_such_not_as_missing()
    {
        var programme = host.NewProgramme();
        await StartProgrammeAsync(programme.Id, new DateOnly(1999, 2, 10), items: [6]);

        var reportId = await host.Get<AssembleAnnualReport>().RunAsync(new AnnualReportRequest(programme.Id, 1998, Domain.ProgrammeDay.Start(new DateOnly(1999, 1, 31))));

        var model = JsonSerializer.Deserialize<AnnualReport>((await host.Get<IReportStore>().GetModelJsonAsync(programme.Id, reportId))!, ReportJson.Options)!;
        var itemTwo = model.Matrix.Single(r => r.Item == 2);
        Assert.All(itemTwo.Cells, cell => Assert.True(cell is MatrixCellStates.NotFollowedUp or MatrixCellStates.NotOwed, $"item 2 has a cell {cell}"));
        Assert.Contains(MatrixCellStates.NotFollowedUp, itemTwo.Cells);
        Assert.DoesNotContain(model.Overdue, o => o.Item != 6);
        Assert.All(model.PartyRecords, p => Assert.True(p.Missing <= 1, $"{p.Code} is missing {p.Missing} obligations though only item 6 was followed up"));
    }

    /// <summary>A programme orchestration on a real-time clock that reads <paramref name="today"/> now.</summary>
    private async Task StartProgrammeAsync(string programmeId, DateOnly today, IReadOnlyList<int>? items = null)
    {
        var clock = ProgrammeClock.Starting(today, DateTimeOffset.UtcNow, 1);
        var start = await host.Get<ProgrammeStarter>().StartAsync(host.Client, new ProgrammeRun(programmeId, clock, ProduceAnnualReports: false, items ?? [6]));
        Assert.True(start.Started);
    }
}
