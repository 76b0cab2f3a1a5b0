using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Domain.Programme;

namespace ProgrammeWorkflows.Domain.Tests.FollowUp;

public class ProgrammeScheduleTests
{
    private static readonly ProgrammeDefinition Programme = BuiltInProgrammes.CustomsActionProgramme;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData("1998-01-30", null)]
    [InlineData("1998-01-31", 1997)]
    [InlineData("1999-01-30", 1997)]
    [InlineData("1999-01-31", 1998)]
    [InlineData("2000-01-30", 1998)]
    [InlineData("2000-01-31", null)]
    [InlineData("2025-01-31", null)]
    [InlineData("1996-06-01", null)]
    public void The_annual_report_due_on_a_programme_day_is_that_of_the_programme_year_just_ended(string day, int? year)
    {
        var due = ProgrammeSchedule.AnnualReportDueOn(Programme, DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(year, due?.Year);
        if (due is not null)
            Assert.Equal(D(due.Year + 1, 1, 31), due.On);
    }

    [Fact]
    public void The_programme_has_sixty_cycles()
    {
        var cycles = ProgrammeSchedule.Cycles(Programme);

        // 26 dated items once, 5 annual items twice (1997, 1998), 12 standing items a status request a year.
        Assert.Equal(26 + (5 * 2) + (12 * 2), cycles.Count);
        Assert.Equal(cycles.Count, cycles.Select(c => c.InstanceId).Distinct().Count());
    }

    [Fact]
    public void A_dated_item_has_one_cycle_named_by_the_year_of_its_deadline()
    {
        var cycle = Assert.Single(ProgrammeSchedule.CyclesOf(Programme, Programme.Item(6)));

        Assert.Equal(new ItemCycle("csap1997", 6, "1998", CycleKind.Deadline, D(1997, 7, 1), D(1998, 3, 31), cycle.Owners), cycle);
        Assert.Equal("csap1997-item06-1998", cycle.InstanceId);
        Assert.Equal(D(1998, 5, 30), cycle.ClosesWith(Programme.FollowUp));
    }

    [Fact]
    public void A_recurring_item_has_a_cycle_per_year()
    {
        var item13 = ProgrammeSchedule.CyclesOf(Programme, Programme.Item(13)).ToList();
        var item29 = ProgrammeSchedule.CyclesOf(Programme, Programme.Item(29)).ToList();

        Assert.Equal([("1997", D(1997, 7, 1), D(1997, 12, 31)), ("1998", D(1998, 1, 1), D(1998, 12, 31))], item13.Select(c => (c.Cycle, c.Opens, c.Due)));
        Assert.Equal([("1997", D(1997, 7, 1), D(1997, 12, 31)), ("1998", D(1998, 1, 1), D(1998, 12, 31))], item29.Select(c => (c.Cycle, c.Opens, c.Due)));
        Assert.All(item13.Concat(item29), c => Assert.Equal(CycleKind.Deadline, c.Kind));
    }

    [Fact]
    public void A_standing_item_gets_a_status_request_each_year()
    {
        var cycles = ProgrammeSchedule.CyclesOf(Programme, Programme.Item(1)).ToList();

        Assert.Equal([("1997", D(1997, 11, 1), D(1997, 12, 31)), ("1998", D(1998, 11, 1), D(1998, 12, 31))], cycles.Select(c => (c.Cycle, c.Opens, c.Due)));
        Assert.All(cycles, c => Assert.Equal(CycleKind.StatusRequest, c.Kind));
        Assert.All(cycles, c => Assert.Equal(c.Due, c.ClosesWith(Programme.FollowUp)));
    }

    [Fact]
    public void An_unknown_cycle_is_refused()
    {
        Assert.Throws<KeyNotFoundException>(() => ProgrammeSchedule.Find(Programme, 6, "1997"));
    }
}
