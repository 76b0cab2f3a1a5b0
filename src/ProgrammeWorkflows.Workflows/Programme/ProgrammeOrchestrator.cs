using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Domain.Reports;
using ProgrammeWorkflows.Workflows.Activities;
using ProgrammeWorkflows.Workflows.AnnualReports;
using ProgrammeWorkflows.Workflows.Items;
using ProgrammeWorkflows.Workflows.Time;

namespace ProgrammeWorkflows.Workflows.Programme;

/// <summary>
/// Runs a programme: <paramref name="ProduceAnnualReports"/> makes it also produce the annual reports on their dates
/// (the simulation does; in Azure the timer trigger does). <paramref name="Items"/> limits it to some items.
/// </summary>
public sealed record ProgrammeRun(string ProgrammeId, ProgrammeClock Clock, bool ProduceAnnualReports, IReadOnlyList<int>? Items = null)
{
    /// <summary>The instance id of a programme's orchestration: the programme id itself.</summary>
    public string InstanceId => ProgrammeId;
}

public sealed record ProgrammeOutcome(int Cycles, int Failed, IReadOnlyList<string> AnnualReports);

/// <summary>
/// Started once per programme (instance id = programme id): one item orchestration per timetable item and cycle,
/// each with its own id (csap1997-item06-1998), and, when asked, the annual report of each programme year on its date.
/// That report waits also for the item cycles it covers to end: in compressed time the workflows lag the clock, and a
/// report built at its date could miss what happened by then but was not yet stored. It is as of its date all the same.
/// </summary>
public sealed class ProgrammeOrchestrator : TaskOrchestrator<ProgrammeRun, ProgrammeOutcome>
{
    public override async Task<ProgrammeOutcome> RunAsync(TaskOrchestrationContext context, ProgrammeRun input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var log = context.CreateReplaySafeLogger<ProgrammeOrchestrator>();
        var plan = await context.CallActivityAsync<ProgrammePlan>(nameof(PlanProgramme), new ProgrammePlanRequest(input.ProgrammeId, input.Items), Retries.Activity);
        var cycleCount = plan.Cycles.Count;
        log.LogInformation("Programme {Programme}: following up {Cycles} item cycles", input.ProgrammeId, cycleCount);

        var items = plan.Cycles.Select(cycle => FollowUpAsync(context, new ItemFollowUpInput(cycle, plan.Policy, input.Clock))).ToList();
        var reports = input.ProduceAnnualReports
            ? plan.AnnualReports.Select(r => AnnualReportAsync(context, input, r, CoveredBy(r.Year, plan.Cycles, items))).ToList()
            : [];

        var outcomes = await Task.WhenAll(items);
        var reportIds = await Task.WhenAll(reports);
        return new ProgrammeOutcome(plan.Cycles.Count, outcomes.Count(ok => !ok), reportIds);
    }

    private static async Task<bool> FollowUpAsync(TaskOrchestrationContext context, ItemFollowUpInput item)
    {
        try
        {
            await context.CallSubOrchestratorAsync<ItemOutcome>(
                nameof(ItemFollowUpOrchestrator), item, new SubOrchestrationOptions { InstanceId = item.Cycle.InstanceId });
            return true;
        }
        catch (TaskFailedException e)
        {
            // One item failing must not stop the follow-up of the others; its failure stays in its own history.
            var instanceId = item.Cycle.InstanceId;
            context.CreateReplaySafeLogger<ProgrammeOrchestrator>().LogError(e, "Item cycle {Instance} failed", instanceId);
            return false;
        }
    }

    /// <summary>The follow-ups of the item cycles that the annual report of a year covers.</summary>
    private static List<Task<bool>> CoveredBy(int year, IReadOnlyList<ItemCycle> cycles, List<Task<bool>> followUps) =>
        [.. cycles.Select((cycle, index) => (cycle, followUp: followUps[index]))
            .GroupBy(c => c.cycle.Item)
            .Select(item => AnnualReport.CycleForYear(item.Select(c => c.cycle), year) is { } covered ? item.First(c => c.cycle == covered).followUp : null)
            .OfType<Task<bool>>()];

    private static async Task<string> AnnualReportAsync(TaskOrchestrationContext context, ProgrammeRun input, AnnualReportDue date, List<Task<bool>> covered)
    {
        var at = input.Clock.WallTimeOf(date.On);
        if (context.CurrentUtcDateTime < at)
            await context.CreateTimer(at, CancellationToken.None);
        await Task.WhenAll(covered);
        var run = new AnnualReportRun(input.ProgrammeId, date.Year, input.Clock, On: date.On);
        return await context.CallSubOrchestratorAsync<string>(nameof(AnnualReportOrchestrator), run, new SubOrchestrationOptions { InstanceId = run.InstanceId });
    }
}
