using System.Text.Json;
using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Domain.Submissions;

namespace ProgrammeWorkflows.Domain.Tests.Escalations;

public class EscalationTests
{
    private static readonly DateTimeOffset Raised = new(1998, 4, 1, 0, 0, 0, TimeSpan.Zero);

    private static Escalation Open() => Escalation.Raise("csap1997-item06-1998", "csap1997", 6, "1998", "EL", 0, new DateOnly(1998, 3, 31), Raised, "UK");

    [Fact]
    public void Raised_open_at_level_one_with_a_stable_id()
    {
        var e = Open();

        Assert.Equal("csap1997-item06-1998-EL-r0", e.Id);
        Assert.Equal((EscalationState.Open, 1), (e.State, e.Level));
    }

    [Fact]
    public void Acknowledged_then_extended_keeps_the_history()
    {
        var e = Open().Acknowledge(Raised.AddDays(2), "UK presidency", "seen").Extend(Raised.AddDays(3), "UK presidency", "asked for time", new DateOnly(1998, 5, 15));

        Assert.Equal(EscalationState.Extended, e.State);
        Assert.Equal([EscalationEntryKind.Acknowledge, EscalationEntryKind.Extend], e.Decisions.Select(d => d.Kind));
        Assert.Equal(new DateOnly(1998, 5, 15), e.Decisions[1].NewDueDate);
        Assert.Equal(Raised.AddDays(3), e.ResolvedAt);
    }

    [Theory]
    [InlineData("waive")]
    [InlineData("resolve")]
    [InlineData("extend")]
    public void A_closed_escalation_refuses_every_decision(string first)
    {
        var closed = first switch
        {
            "waive" => Open().Waive(Raised, "p", "r"),
            "resolve" => Open().Resolve(Raised, "p", "r"),
            _ => Open().Extend(Raised, "p", "r", new DateOnly(1998, 5, 1)),
        };

        Assert.Throws<IllegalTransitionException>(() => closed.Extend(Raised, "p", "r", new DateOnly(1998, 6, 1)));
        Assert.Throws<IllegalTransitionException>(() => closed.Waive(Raised, "p", "r"));
        Assert.Throws<IllegalTransitionException>(() => closed.Resolve(Raised, "p", "r"));
        var e = Assert.Throws<IllegalTransitionException>(() => closed.Acknowledge(Raised, "p", "r"));
        Assert.Contains(closed.State.ToString().ToLowerInvariant(), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Acknowledging_twice_is_refused()
    {
        var e = Assert.Throws<IllegalTransitionException>(() => Open().Acknowledge(Raised, "p", "r").Acknowledge(Raised, "p", "r"));
        Assert.Contains("already acknowledged", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1998-03-31", "not after the missed one")]
    [InlineData("1998-03-01", "not after the missed one")]
    [InlineData("1998-04-01", "already past")]
    public void An_extension_to_a_date_not_ahead_is_refused(string date, string reason)
    {
        var e = Assert.Throws<IllegalTransitionException>(() => Open().Extend(Raised.AddDays(5), "p", "r", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_late_submission_resolves_an_open_escalation_and_leaves_a_closed_one_alone()
    {
        var resolved = Open().ResolveBySubmission(Raised.AddDays(9), "EL");
        var waived = Open().Waive(Raised, "p", "r");

        Assert.Equal((EscalationState.Resolved, EscalationEntryKind.LateSubmission), (resolved.State, resolved.Decisions[^1].Kind));
        Assert.Same(waived, waived.ResolveBySubmission(Raised.AddDays(9), "EL"));
    }

    [Fact]
    public void The_second_level_is_raised_once_and_never_on_a_closed_escalation()
    {
        var second = Open().RaiseToSecondLevel(Raised.AddDays(29));

        Assert.Equal(2, second.Level);
        Assert.Same(second, second.RaiseToSecondLevel(Raised.AddDays(30)));
        Assert.Equal(1, Open().Waive(Raised, "p", "r").RaiseToSecondLevel(Raised.AddDays(29)).Level);
    }

    [Fact]
    public void As_of_a_day_it_stands_as_it_did_at_the_end_of_that_day()
    {
        var day = DateOnly.FromDateTime(Raised.UtcDateTime);
        var e = Open()
            .Acknowledge(Raised.AddDays(2), "UK presidency", "seen")
            .RaiseToSecondLevel(Raised.AddDays(29))
            .ResolveBySubmission(Raised.AddDays(40), "EL");

        Assert.Null(e.AsOf(day.AddDays(-1)));
        Assert.Equal((EscalationState.Open, 1, 0, (DateTimeOffset?)null), Summary(e.AsOf(day)!));
        Assert.Equal((EscalationState.Acknowledged, 1, 1, (DateTimeOffset?)null), Summary(e.AsOf(day.AddDays(2))!));
        Assert.Equal((EscalationState.Acknowledged, 2, 2, (DateTimeOffset?)null), Summary(e.AsOf(day.AddDays(39))!));
        Assert.Equal((EscalationState.Resolved, 2, 3, Raised.AddDays(40)), Summary(e.AsOf(day.AddDays(40))!));
        Assert.Equal(e, e.AsOf(day.AddDays(400)));

        var extended = Open().Extend(Raised.AddDays(3), "p", "r", new DateOnly(1998, 5, 1));
        Assert.Equal((EscalationState.Extended, 1, 1, Raised.AddDays(3)), Summary(extended.AsOf(day.AddDays(3))!));

        static (EscalationState, int, int, DateTimeOffset?) Summary(Escalation e) => (e.State, e.Level, e.Decisions.Count, e.ResolvedAt);
    }
    [Fact]
    public void A_submission_by_the_extended_date_resolves_the_extended_escalation()
    {
        var extended = Open().Extend(Raised.AddDays(3), "UK presidency", "asked for time", new DateOnly(1998, 5, 1));

        var resolved = extended.ResolveBySubmission(Raised.AddDays(20), "EL");

        Assert.Equal((EscalationState.Resolved, Raised.AddDays(20)), (resolved.State, resolved.ResolvedAt));
        Assert.Equal([EscalationEntryKind.Extend, EscalationEntryKind.LateSubmission], resolved.Decisions.Select(d => d.Kind));
        Assert.Equal("submission received by the extended date", resolved.Decisions[^1].Reason);
        Assert.Equal(EscalationState.Resolved, resolved.AsOf(new DateOnly(1998, 6, 1))!.State);
    }

    [Fact]
    public void Missing_the_extended_date_too_supersedes_the_extended_escalation_once_and_nothing_else()
    {
        var extended = Open().Extend(Raised.AddDays(3), "UK presidency", "asked for time", new DateOnly(1998, 5, 1));
        var next = Escalation.Raise("csap1997-item06-1998", "csap1997", 6, "1998", "EL", 1, new DateOnly(1998, 5, 1), Raised.AddDays(31), "UK", previous: extended.Id);

        var superseded = extended.SupersedeBy(next.Id, Raised.AddDays(31));

        Assert.Equal(extended.Id, next.Previous);
        Assert.Equal(EscalationState.Superseded, superseded.State);
        Assert.Contains(next.Id, superseded.Decisions[^1].Reason, StringComparison.Ordinal);
        Assert.Same(superseded, superseded.SupersedeBy(next.Id, Raised.AddDays(32)));
        Assert.Same(superseded, superseded.ResolveBySubmission(Raised.AddDays(40), "EL"));
        var open = Open();
        Assert.Same(open, open.SupersedeBy(next.Id, Raised.AddDays(31)));
        Assert.Equal(EscalationState.Superseded, superseded.AsOf(new DateOnly(1998, 6, 1))!.State);
    }

    [Fact]
    public void A_cycle_closed_with_the_party_missing_is_recorded_once_on_its_open_escalation_which_stays_open()
    {
        var closed = Open().RaiseToSecondLevel(Raised.AddDays(29)).RecordClosedMissing(Raised.AddDays(60));

        Assert.Equal((EscalationState.Open, 2), (closed.State, closed.Level));
        Assert.Equal([EscalationEntryKind.SecondLevel, EscalationEntryKind.ClosedMissing], closed.Decisions.Select(d => d.Kind));
        Assert.Same(closed, closed.RecordClosedMissing(Raised.AddDays(61)));
        Assert.False(closed.IsClosed);
        Assert.Equal("closed-missing", EscalationEntryKind.ClosedMissing.ToName());
        var waived = Open().Waive(Raised, "p", "r");
        Assert.Same(waived, waived.RecordClosedMissing(Raised.AddDays(60)));
        Assert.Equal(EscalationState.Open, closed.AsOf(new DateOnly(1998, 6, 1))!.State);
    }

    // The rules the handlers, pages and orchestrations ask the escalation for instead of restating them.

    [Fact]
    public void What_a_decision_needs_a_reason_except_to_acknowledge_and_a_new_due_date_to_extend_only()
    {
        Assert.Empty(Escalation.ProblemsOf(PresidencyDecision.Acknowledge, null, hasNewDueDate: false));
        Assert.Equal(["say why"], Escalation.ProblemsOf(PresidencyDecision.Waive, "  ", hasNewDueDate: false)["reason"]);
        Assert.Equal(["at most 2000 characters"], Escalation.ProblemsOf(PresidencyDecision.Resolve, new string('x', 2_001), false)["reason"]);
        Assert.Equal(["an extension needs a new due date (yyyy-MM-dd)"], Escalation.ProblemsOf(PresidencyDecision.Extend, "time", false)["newDueDate"]);
        Assert.Equal(["only an extension takes a new due date"], Escalation.ProblemsOf(PresidencyDecision.Resolve, "done", true)["newDueDate"]);
        Assert.Empty(Escalation.ProblemsOf(PresidencyDecision.Extend, "time", hasNewDueDate: true));
    }

    [Fact]
    public void Which_decisions_it_allows_now_acknowledge_only_while_open_none_once_it_left_the_queue()
    {
        var open = Open();
        var acknowledged = open.Acknowledge(Raised.AddDays(1), "UK presidency", string.Empty);
        var waived = open.Waive(Raised.AddDays(1), "UK presidency", "small state");

        Assert.All(PresidencyDecisions.All, d => Assert.True(open.Allows(d)));
        Assert.Equal([PresidencyDecision.Extend, PresidencyDecision.Waive, PresidencyDecision.Resolve], PresidencyDecisions.All.Where(acknowledged.Allows));
        Assert.DoesNotContain(PresidencyDecisions.All, waived.Allows);
        Assert.True(acknowledged.AwaitsPresidency);
        Assert.False(waived.AwaitsPresidency);
    }

    [Fact]
    public void A_decision_it_does_not_allow_or_that_lacks_what_it_needs_is_refused_with_the_reason()
    {
        var acknowledged = Open().Acknowledge(Raised.AddDays(1), "UK presidency", string.Empty);

        Assert.Equal(
            "cannot acknowledge escalation csap1997-item06-1998-EL-r0: it is already acknowledged",
            Assert.Throws<IllegalTransitionException>(() => acknowledged.Decide(PresidencyDecision.Acknowledge, Raised.AddDays(2), "p", string.Empty)).Message);
        Assert.Contains("reason: say why", Assert.Throws<IllegalTransitionException>(() => acknowledged.Decide(PresidencyDecision.Waive, Raised.AddDays(2), "p", " ")).Message, StringComparison.Ordinal);
        Assert.Contains("newDueDate", Assert.Throws<IllegalTransitionException>(() => acknowledged.Decide(PresidencyDecision.Extend, Raised.AddDays(2), "p", "time")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Which_decisions_end_or_rearm_the_follow_up_and_the_one_it_acts_on()
    {
        Assert.True(Escalation.Rearms(PresidencyDecision.Extend));
        Assert.Equal(PartyStanding.Waived, Escalation.EndsFollowUpAs(PresidencyDecision.Waive));
        Assert.Equal(PartyStanding.Resolved, Escalation.EndsFollowUpAs(PresidencyDecision.Resolve));
        Assert.Null(Escalation.EndsFollowUpAs(PresidencyDecision.Acknowledge));
        Assert.Null(Escalation.EndsFollowUpAs(PresidencyDecision.Extend));

        var acknowledged = Open().Acknowledge(Raised.AddDays(1), "UK presidency", string.Empty);
        Assert.Null(acknowledged.DecisionForFollowUp);
        var extended = acknowledged.Extend(Raised.AddDays(2), "UK presidency", "time", new DateOnly(1998, 5, 1));
        Assert.Equal((PresidencyDecision?)PresidencyDecision.Extend, extended.DecisionForFollowUp?.Decision);
        Assert.Equal(new DateOnly(1998, 5, 1), extended.ExtendedTo);
        Assert.Equal((PresidencyDecision?)PresidencyDecision.Waive, acknowledged.Waive(Raised.AddDays(2), "UK presidency", "small").DecisionForFollowUp?.Decision);
        Assert.Null(Open().RaiseToSecondLevel(Raised.AddDays(29)).DecisionForFollowUp);
    }

    [Fact]
    public void The_presidency_decisions_and_the_workflow_events_are_separate_kinds_with_one_history()
    {
        var e = Open().Record(WorkflowEvent.SecondLevel, Raised.AddDays(29), "policy").Decide(PresidencyDecision.Resolve, Raised.AddDays(30), "UK presidency", "settled");

        Assert.Equal([null, PresidencyDecision.Resolve], e.Decisions.Select(d => d.Decision));
        Assert.Equal(["second-level", "resolve"], e.Decisions.Select(d => d.Kind.ToName()));
        Assert.True(PresidencyDecisions.TryParse("waive", out var waive) && waive == PresidencyDecision.Waive);
        Assert.False(PresidencyDecisions.TryParse("late-submission", out _));
    }

    [Fact]
    public void Stored_as_json_and_read_back_equal_with_its_history()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var e = Open().Acknowledge(Raised.AddDays(1), "UK presidency", string.Empty).Extend(Raised.AddDays(2), "UK presidency", "time", new DateOnly(1998, 5, 1));

        var json = JsonSerializer.Serialize(e, options);
        var read = JsonSerializer.Deserialize<Escalation>(json, options);

        Assert.Equal(e, read);
        Assert.DoesNotContain("awaitsPresidency", json, StringComparison.Ordinal);
    }
}
