using Microsoft.DurableTask;
using ProgrammeWorkflows.Workflows.Activities;

namespace ProgrammeWorkflows.Workflows.Items;

/// <summary>
/// The follow-up of one timetable item for one cycle (instance id csap1997-item06-1998): it opens on its opening date,
/// follows up every owing party at once, closes when every party has answered or been released, or at the close date,
/// and then assembles the consolidated report.
/// </summary>
public sealed class ItemFollowUpOrchestrator : TaskOrchestrator<ItemFollowUpInput, ItemOutcome>
{
    public override async Task<ItemOutcome> RunAsync(TaskOrchestrationContext context, ItemFollowUpInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var cycle = input.Cycle;
        var cycleRef = new ItemCycleRef(cycle.ProgrammeId, cycle.Item, cycle.Cycle);
        var board = new FollowUpBoard(context, cycle.Owners);
        board.Phase("waiting-to-open");

        // An item whose opening date lies ahead of the run's start opens at that date, however late this code runs (in
        // compressed time, processing lags); only one whose opening came before the run began opens when it starts.
        var opening = Domain.ProgrammeDay.Start(cycle.Opens);
        var openedAt = Now(context, input);
        if (opening >= input.Clock.ProgrammeOrigin)
        {
            var opensAt = input.Clock.WallTimeOf(cycle.Opens);
            if (context.CurrentUtcDateTime < opensAt)
                await context.CreateTimer(opensAt, CancellationToken.None);
            openedAt = opening;
        }

        await context.CallActivityAsync<bool>(nameof(OpenItemCycle), new CycleOpening(cycle, openedAt), Retries.Activity);
        board.Phase("open");

        var outcomes = await Task.WhenAll(cycle.Owners.Select(party => new PartyFollowUp(context, input, cycleRef, party, board, openedAt).RunAsync()));

        // It closes when its last party's follow-up ended, in programme time; not "now", which lags in compressed time.
        var closedAt = outcomes.Select(o => o.EndedAt).Append(openedAt).Max();
        await context.CallActivityAsync<bool>(nameof(CloseItemCycle), new CycleClosing(cycleRef, closedAt), Retries.Activity);
        board.Phase("closed");
        var reportId = await context.CallActivityAsync<string>(nameof(AssembleConsolidatedReport), new ConsolidationRequest(cycleRef, closedAt), Retries.Activity);
        board.Phase("reported");
        return new ItemOutcome(cycle.InstanceId, outcomes, reportId);
    }

    private static DateTimeOffset Now(TaskOrchestrationContext context, ItemFollowUpInput input) =>
        input.Clock.ToProgramme(context.CurrentUtcDateTime);
}
