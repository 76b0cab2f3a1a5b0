using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Domain.Programme;
using static ProgrammeWorkflows.Domain.FollowUp.FollowUpStepKind;

namespace ProgrammeWorkflows.Domain.Tests.FollowUp;

public class ReminderLadderTests
{
    private static readonly FollowUpPolicy Policy = FollowUpPolicy.Default;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void The_default_ladder_for_March_1998()
    {
        var steps = ReminderLadder.For(CycleKind.Deadline, D(1998, 3, 31), D(1998, 5, 30), D(1997, 7, 1), Policy);

        Assert.Equal(
        [
            (Reminder, D(1998, 3, 1)), (Reminder, D(1998, 3, 24)), (Reminder, D(1998, 3, 30)), (Deadline, D(1998, 4, 1)),
            (OverdueReminder, D(1998, 4, 15)), (OverdueReminder, D(1998, 4, 29)), (SecondLevel, D(1998, 4, 30)), (OverdueReminder, D(1998, 5, 13)), (Close, D(1998, 5, 30)),
        ],
            steps.Select(s => (s.Kind, s.On)));
        Assert.Equal(steps.OrderBy(s => s.On).ThenBy(s => s.Kind), steps);
    }

    [Fact]
    public void Steps_already_past_are_left_out_so_an_extension_re_arms_only_what_is_ahead()
    {
        var steps = ReminderLadder.For(CycleKind.Deadline, D(1998, 5, 1), D(1998, 6, 30), D(1998, 4, 1), Policy);

        Assert.Equal(
            [(Reminder, D(1998, 4, 24)), (Reminder, D(1998, 4, 30)), (Deadline, D(1998, 5, 2))],
            steps.Take(3).Select(s => (s.Kind, s.On)));
        Assert.DoesNotContain(steps, s => s.On <= D(1998, 4, 1));
        Assert.Equal((Close, D(1998, 6, 30)), (steps[^1].Kind, steps[^1].On));
    }

    [Fact]
    public void A_status_request_has_no_ladder_only_its_close()
    {
        var steps = ReminderLadder.For(CycleKind.StatusRequest, D(1998, 12, 31), D(1998, 12, 31), D(1998, 11, 1), Policy);

        Assert.Equal([(Close, D(1998, 12, 31))], steps.Select(s => (s.Kind, s.On)));
    }
}
