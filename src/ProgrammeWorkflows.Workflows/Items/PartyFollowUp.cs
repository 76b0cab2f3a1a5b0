using Microsoft.DurableTask;
using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Domain.Submissions;
using ProgrammeWorkflows.Workflows.Activities;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Workflows.Items;

/// <summary>
/// One party's follow-up inside an item orchestration: the invitation, then a race of the party's submission and the
/// Presidency's decisions against the next step of its ladder (reminder, deadline, overdue reminder, second level,
/// close), the losing timer cancelled. After every timer the submission store is read first, so a submission whose
/// event was lost is seen before anything is sent. Orchestration code: time only from the context, no I/O.
/// </summary>
internal sealed class PartyFollowUp(TaskOrchestrationContext context, ItemFollowUpInput input, ItemCycleRef cycleRef, string party, FollowUpBoard board, DateTimeOffset openedAt)
{
    private readonly ItemCycle cycle = input.Cycle;
    private DateOnly due = input.Cycle.Due;
    private DateOnly close = input.Cycle.ClosesWith(input.Policy);
    private int round;
    private string? escalationId;

    // The escalation the Presidency extended: back with the party until its submission resolves it or the new date passes.
    private string? extendedEscalationId;

    // The ladder in force and the next step on it; an extension replaces both.
    private IReadOnlyList<FollowUpStep> steps = [];
    private int next;

    public async Task<PartyOutcome> RunAsync()
    {
        var isStatusRequest = cycle.Kind == CycleKind.StatusRequest;
        await NotifyAsync(isStatusRequest ? NotificationKinds.StatusRequest : NotificationKinds.Invitation, "0", openedAt);
        board.Set(party, PartyStanding.Waiting);

        var submission = context.WaitForExternalEvent<SubmissionReceived>(FollowUpEvents.Submission(party));
        var decision = context.WaitForExternalEvent<PresidencyDecisionMade>(FollowUpEvents.Decision(party));
        // The ladder runs from the opening, whatever the time now: steps whose time has passed (a programme started late,
        // or processing behind a compressed clock) fire at once and in order, each after reading the store.
        steps = ReminderLadder.For(cycle.Kind, due, close, cycle.Opens, input.Policy);
        next = 0;
        while (next < steps.Count)
        {
            var step = steps[next];
            using var timerCancellation = new CancellationTokenSource();
            var timer = context.CreateTimer(input.Clock.WallTimeOf(step.On), timerCancellation.Token);
            var winner = await Task.WhenAny(submission, decision, timer);
            if (winner != timer)
                timerCancellation.Cancel();

            if (winner == submission)
                return await SubmittedAsync(await submission);

            if (winner == decision)
            {
                var made = await decision;
                decision = context.WaitForExternalEvent<PresidencyDecisionMade>(FollowUpEvents.Decision(party));
                if ((await DecidedAsync(made)).Ended is { } ended)
                    return ended;
                continue;
            }

            // The timer fired. Store first: a submission or a decision stored while its event was lost counts before anything is sent.
            var stored = await context.CallActivityAsync<PartyState>(nameof(ReadPartyState), new PartyRef(cycleRef, party, escalationId), Retries.Activity);
            if (stored.Submission is { } submitted)
                return await SubmittedAsync(submitted);
            if (stored.Decision is { } missed)
            {
                var (rearmed, ended) = await DecidedAsync(missed);
                if (ended is not null)
                    return ended;
                if (rearmed)
                    continue;
            }

            // What a step does happens at the step's programme time (in compressed time, processing lags behind it).
            var at = StepTime(step);
            switch (step.Kind)
            {
                case FollowUpStepKind.Reminder:
                    await NotifyAsync(NotificationKinds.Reminder, round == 0 ? $"r{step.Sequence}" : $"x{round}-r{step.Sequence}", at);
                    break;
                case FollowUpStepKind.Deadline:
                    escalationId = await context.CallActivityAsync<string>(
                        nameof(RaiseEscalation), new EscalationRequest(cycleRef, party, round, due, at, LinkExpiry(), extendedEscalationId), Retries.Activity);
                    extendedEscalationId = null;
                    board.Set(party, PartyStanding.Overdue);
                    board.Escalate(party, escalationId, 1);
                    break;
                case FollowUpStepKind.OverdueReminder:
                    await NotifyAsync(NotificationKinds.Overdue, $"r{round}-{step.Sequence}", at);
                    break;
                case FollowUpStepKind.SecondLevel when escalationId is not null:
                    await context.CallActivityAsync<string>(
                        nameof(ChangeEscalation), new EscalationChange(cycleRef, escalationId, WorkflowEvent.SecondLevel, at, "policy"), Retries.Activity);
                    board.Escalate(party, escalationId, 2);
                    break;
                case FollowUpStepKind.Close:
                    return await ClosedMissingAsync(at);
            }

            next++;
        }

        return await ClosedMissingAsync(steps is [.., var last] ? StepTime(last) : openedAt);
    }

    /// <summary>The cycle closes with the party missing: recorded on its open escalation, which stays for the Presidency.</summary>
    private async Task<PartyOutcome> ClosedMissingAsync(DateTimeOffset at)
    {
        if (escalationId is not null)
        {
            await context.CallActivityAsync<string>(
                nameof(ChangeEscalation), new EscalationChange(cycleRef, escalationId, WorkflowEvent.ClosedMissing, at, "policy"), Retries.Activity);
        }

        return Ended(PartyStanding.Missing, null, at);
    }

    /// <summary>
    /// Applies a Presidency decision on the open escalation, once (the same decision may come as an event and from the
    /// store): an extension re-arms the ladder from the decision's date, a waiver or a resolution ends the follow-up.
    /// A decision on another escalation, or an acknowledgement, changes nothing.
    /// </summary>
    private async Task<(bool Rearmed, PartyOutcome? Ended)> DecidedAsync(PresidencyDecisionMade made)
    {
        if (escalationId is null || made.EscalationId != escalationId)
            return (false, null);
        if (Escalation.Rearms(made.Kind) && made.NewDueDate is { } newDue)
        {
            round++;
            due = newDue;
            close = Domain.ProgrammeDay.Later(close, newDue.AddDays(input.Policy.CloseAfterDays));
            extendedEscalationId = escalationId;
            escalationId = null;
            board.Set(party, PartyStanding.Waiting);
            await NotifyAsync(NotificationKinds.Reminder, $"x{round}", made.At);
            steps = ReminderLadder.For(cycle.Kind, due, close, DateOnly.FromDateTime(made.At.UtcDateTime), input.Policy);
            next = 0;
            return (true, null);
        }

        return (false, Escalation.EndsFollowUpAs(made.Kind) is { } standing ? Ended(standing, null, made.At) : null);
    }

    private async Task<PartyOutcome> SubmittedAsync(SubmissionReceived received)
    {
        var standing = PartyStandingNames.OfSubmission(received.FirstSubmittedAt, due);

        // The submission resolves the escalation in force: the open one, or the extended one it answers by the new date.
        if ((escalationId ?? extendedEscalationId) is { } answered)
        {
            await context.CallActivityAsync<string>(
                nameof(ChangeEscalation), new EscalationChange(cycleRef, answered, WorkflowEvent.Submission, received.SubmittedAt, party), Retries.Activity);
        }

        return Ended(standing, received.FirstSubmittedAt, received.SubmittedAt);
    }

    private PartyOutcome Ended(PartyStanding standing, DateTimeOffset? firstSubmittedAt, DateTimeOffset endedAt)
    {
        board.Set(party, standing);
        return new PartyOutcome(party, standing.ToName(), due, firstSubmittedAt, round + (escalationId is null ? 0 : 1), endedAt);
    }

    private Task<int> NotifyAsync(string kind, string sequence, DateTimeOffset at) =>
        context.CallActivityAsync<int>(nameof(NotifyParty), new PartyNotice(cycleRef, party, kind, sequence, at, due, LinkExpiry()), Retries.Activity);

    /// <summary>Links expire when the party's follow-up closes (the end of its close day), in wall-clock time.</summary>
    private DateTimeOffset LinkExpiry() => new(input.Clock.WallTimeOf(close.AddDays(1)), TimeSpan.Zero);

    private static DateTimeOffset StepTime(FollowUpStep step) => Domain.ProgrammeDay.Start(step.On);
}
