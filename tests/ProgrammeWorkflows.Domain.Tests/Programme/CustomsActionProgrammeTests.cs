using System.Globalization;
using ProgrammeWorkflows.Domain.Deadlines;
using ProgrammeWorkflows.Domain.Programme;

namespace ProgrammeWorkflows.Domain.Tests.Programme;

/// <summary>The built-in programme against a reading of the source done again here, item by item.</summary>
public class CustomsActionProgrammeTests
{
    private static readonly ProgrammeDefinition Programme = BuiltInProgrammes.CustomsActionProgramme;

    // Number, phrase as written in the deadline column, the date it reads as, the rule.
    public static TheoryData<int, string, string, DeadlineRule> DatedItems => new()
    {
        { 2, "June 1998", "1998-06-30", DeadlineRule.NamedMonth },
        { 5, "June 1998", "1998-06-30", DeadlineRule.NamedMonth },
        { 6, "March 1998", "1998-03-31", DeadlineRule.NamedMonth },
        { 7, "Consider by June 1998", "1998-06-30", DeadlineRule.NamedMonth },
        { 8, "June 1998", "1998-06-30", DeadlineRule.NamedMonth },
        { 11, "December 1998", "1998-12-31", DeadlineRule.NamedMonth },
        { 12, "December 1998", "1998-12-31", DeadlineRule.NamedMonth },
        { 13, "December 1997", "1997-12-31", DeadlineRule.NamedMonth },
        { 14, "December 1998", "1998-12-31", DeadlineRule.NamedMonth },
        { 16, "December 1997", "1997-12-31", DeadlineRule.NamedMonth },
        { 18, "June 1998", "1998-06-30", DeadlineRule.NamedMonth },
        { 19, "December 1998", "1998-12-31", DeadlineRule.NamedMonth },
        { 20, "December 1998", "1998-12-31", DeadlineRule.NamedMonth },
        { 22, "December 1998", "1998-12-31", DeadlineRule.NamedMonth },
        { 23, "December 1998", "1998-12-31", DeadlineRule.NamedMonth },
        { 25, "Conclude discussion by end 1997.", "1997-12-31", DeadlineRule.EndOfYear },
        { 27, "During 1997", "1997-12-31", DeadlineRule.WithinYear },
        { 28, "By December 1997", "1997-12-31", DeadlineRule.NamedMonth },
        { 30, "June 1998", "1998-06-30", DeadlineRule.NamedMonth },
        { 31, "February 1998", "1998-02-28", DeadlineRule.NamedMonth },
        { 35, "December 1998", "1998-12-31", DeadlineRule.NamedMonth },
        { 37, "December 1998", "1998-12-31", DeadlineRule.NamedMonth },
        { 38, "Report to be circulated by December 1998", "1998-12-31", DeadlineRule.NamedMonth },
        { 39, "December 1997", "1997-12-31", DeadlineRule.NamedMonth },
        { 40, "June 1998", "1998-06-30", DeadlineRule.NamedMonth },
        { 41, "Early 1998", "1998-03-31", DeadlineRule.FirstQuarter },
        { 42, "June 1998", "1998-06-30", DeadlineRule.NamedMonth },
    };

    [Fact]
    public void Has_the_43_items_of_the_annex_timetable_in_order()
    {
        Assert.Equal(Enumerable.Range(1, 43), Programme.Items.Select(i => i.Number));
        Assert.All(Programme.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Text)));
        Assert.All(Programme.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Section)));
    }

    [Theory]
    [MemberData(nameof(DatedItems))]
    public void Each_dated_item_reads_as_the_source_says(int number, string phrase, string date, DeadlineRule rule)
    {
        var deadline = Programme.Item(number).Deadline;

        Assert.Equal(phrase, deadline.Text);
        Assert.Equal(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), deadline.Date);
        Assert.Equal(rule, deadline.Rule);
    }

    [Fact]
    public void Twenty_seven_items_carry_a_deadline_and_sixteen_are_standing_or_recurring_without_one()
    {
        var dated = DatedItems.Select(row => (int)row[0]).ToHashSet();

        Assert.Equal(27, dated.Count);
        Assert.All(Programme.Items.Where(i => !dated.Contains(i.Number)), i =>
        {
            Assert.Equal(string.Empty, i.Deadline.Text);
            Assert.Null(i.Deadline.Date);
            Assert.Equal(DeadlineRule.Standing, i.Deadline.Rule);
        });
    }

    [Fact]
    public void The_items_that_say_annually_or_each_year_recur()
    {
        Assert.Equal([13, 24, 26, 29, 43], Programme.Items.Where(i => i.Recurrence == Recurrence.Annual).Select(i => i.Number));
        Assert.Equal(
            [1, 3, 4, 9, 10, 15, 17, 21, 32, 33, 34, 36],
            Programme.Items.Where(i => i.IsStanding).Select(i => i.Number));
    }

    [Theory]
    [InlineData(6, "BE DK DE EL ES FR IE IT LU NL AT PT FI SE UK")]
    [InlineData(22, "BE DE FR NL UK")]
    [InlineData(23, "BE DE FR NL UK")]
    [InlineData(36, "SE")]
    [InlineData(38, "FR NL")]
    [InlineData(13, "BE DK DE EL ES FR IE IT LU NL AT PT FI SE UK COM")]
    [InlineData(16, "WP")]
    [InlineData(14, "COM")]
    public void Owners_are_party_codes_in_protocol_order(int number, string owners)
    {
        Assert.Equal(owners.Split(' '), Programme.Item(number).Owners);
    }

    [Fact]
    public void Every_item_read_by_choice_says_why()
    {
        foreach (var number in new[] { 2, 7, 13, 14, 20, 22, 24, 36, 38 })
            Assert.False(string.IsNullOrWhiteSpace(Programme.Item(number).Notes), $"item {number} has no note");
    }

    [Fact]
    public void The_parties_of_1997_are_in_protocol_order()
    {
        Assert.Equal(
            "BE DK DE EL ES FR IE IT LU NL AT PT FI SE UK WP COM".Split(' '),
            Programme.Parties.Parties.Select(p => p.Code));
        Assert.Equal("United Kingdom", Programme.Parties["UK"].Name);
        Assert.Equal(15, Programme.Parties.MemberStates.Count());
    }

    [Fact]
    public void The_programme_period_is_the_eighteen_months_of_the_timetable()
    {
        Assert.Equal(new ProgrammePeriod(new DateOnly(1997, 7, 1), new DateOnly(1998, 12, 31)), Programme.Period);
        Assert.Equal([1997, 1998], Programme.Period.Years);
    }

    [Fact]
    public void The_follow_up_policy_has_the_defaults()
    {
        Assert.Equal([30, 7, 1], Programme.FollowUp.ReminderDaysBefore);
        Assert.Equal(14, Programme.FollowUp.OverdueReminderEveryDays);
        Assert.Equal(3, Programme.FollowUp.OverdueRemindersAtMost);
        Assert.Equal(30, Programme.FollowUp.SecondLevelAfterDays);
        Assert.Equal(60, Programme.FollowUp.CloseAfterDays);
    }
}
