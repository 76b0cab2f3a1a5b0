using ProgrammeWorkflows.Domain.Deadlines;

namespace ProgrammeWorkflows.Domain.Tests.Deadlines;

public class DeadlineReaderTests
{
    [Theory]
    // Every phrase form of the timetable (domain.md).
    [InlineData("June 1998", "1998-06-30", DeadlineRule.NamedMonth)]
    [InlineData("December 1997", "1997-12-31", DeadlineRule.NamedMonth)]
    [InlineData("March 1998", "1998-03-31", DeadlineRule.NamedMonth)]
    [InlineData("February 1998", "1998-02-28", DeadlineRule.NamedMonth)]
    [InlineData("By December 1997", "1997-12-31", DeadlineRule.NamedMonth)]
    [InlineData("Conclude discussion by end 1997", "1997-12-31", DeadlineRule.EndOfYear)]
    [InlineData("Conclude discussion by end 1997.", "1997-12-31", DeadlineRule.EndOfYear)]
    [InlineData("During 1997", "1997-12-31", DeadlineRule.WithinYear)]
    [InlineData("Early 1998", "1998-03-31", DeadlineRule.FirstQuarter)]
    [InlineData("Consider by June 1998", "1998-06-30", DeadlineRule.NamedMonth)]
    [InlineData("Report to be circulated by December 1998", "1998-12-31", DeadlineRule.NamedMonth)]
    // The obvious neighbours.
    [InlineData("mid-1998", "1998-06-30", DeadlineRule.MidYear)]
    [InlineData("Mid 1998", "1998-06-30", DeadlineRule.MidYear)]
    [InlineData("end of 1998", "1998-12-31", DeadlineRule.EndOfYear)]
    [InlineData("by the end of 1998", "1998-12-31", DeadlineRule.EndOfYear)]
    [InlineData("first half of 1998", "1998-06-30", DeadlineRule.FirstHalf)]
    [InlineData("second half of 1998", "1998-12-31", DeadlineRule.SecondHalf)]
    [InlineData("H1 1999", "1999-06-30", DeadlineRule.FirstHalf)]
    [InlineData("by 30 June 1998", "1998-06-30", DeadlineRule.ExactDate)]
    [InlineData("15 Sept 1998", "1998-09-15", DeadlineRule.ExactDate)]
    [InlineData("Q3 1998", "1998-09-30", DeadlineRule.Quarter)]
    [InlineData("first quarter of 1999", "1999-03-31", DeadlineRule.Quarter)]
    [InlineData("Late 1998", "1998-12-31", DeadlineRule.LastQuarter)]
    [InlineData("end of March 1998", "1998-03-31", DeadlineRule.NamedMonth)]
    [InlineData("Target date of December 1998", "1998-12-31", DeadlineRule.NamedMonth)]
    [InlineData("no later than Feb 2000", "2000-02-29", DeadlineRule.NamedMonth)]
    [InlineData("  June   1998 ", "1998-06-30", DeadlineRule.NamedMonth)]
    public void Reads_a_phrase_as_a_date_by_a_rule(string phrase, string date, DeadlineRule rule)
    {
        var reading = DeadlineReader.Read(phrase);

        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), reading.Date);
        Assert.Equal(rule, reading.Rule);
        Assert.Equal(phrase.Trim(), reading.Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void No_phrase_is_a_standing_obligation(string? phrase)
    {
        var reading = DeadlineReader.Read(phrase);

        Assert.True(reading.IsStanding);
        Assert.Null(reading.Date);
        Assert.Equal(DeadlineRule.Standing, reading.Rule);
    }

    [Theory]
    [InlineData("Soon", "no known form")]
    [InlineData("Jnue 1998", "no known form")]
    [InlineData("before June 1998", "no known form")]
    [InlineData("not before June 1998", "no known form")]
    [InlineData("31 June 1998", "has no day 31")]
    [InlineData("1998", "no known form")]
    [InlineData("June", "no known form")]
    [InlineData("Q5 1998", "no known form")]
    [InlineData("end 0000", "out of range")]
    public void Refuses_what_it_cannot_read_and_says_why(string phrase, string reason)
    {
        Assert.False(DeadlineReader.TryRead(phrase, out _, out var error));
        Assert.Contains(phrase.Trim(), error, StringComparison.Ordinal);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => DeadlineReader.Read(phrase));
    }

    [Fact]
    public void Rule_names_round_trip()
    {
        foreach (var rule in Enum.GetValues<DeadlineRule>())
        {
            Assert.True(DeadlineRuleNames.TryParse(rule.ToName(), out var parsed));
            Assert.Equal(rule, parsed);
        }
    }
}
