using System.Globalization;
using System.Text.RegularExpressions;

namespace ProgrammeWorkflows.Domain.Deadlines;

/// <summary>
/// Reads a deadline phrase of the timetable ("March 1998", "Conclude discussion by end 1997", "Early 1998") as a date and a rule.
/// A phrase is either a date expression alone ("June 1998", "By December 1997") or words ending in "by" or "no later than"
/// followed by one ("Consider by June 1998"). Anything else is refused with a reason: never a silent guess.
/// </summary>
public static partial class DeadlineReader
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    public static bool TryRead(string? phrase, out DeadlineReading reading, out string error)
    {
        reading = DeadlineReading.Standing;
        error = string.Empty;
        var text = phrase?.Trim() ?? string.Empty;
        if (text.Length == 0)
            return true;

        var normalized = Whitespace().Replace(text.TrimEnd('.', ' ').ToLowerInvariant(), " ");
        var lead = Lead().Match(normalized);
        var expression = lead.Success ? lead.Groups["expr"].Value : normalized;
        if (!TryReadExpressionInRange(expression, out var date, out var rule, out error))
        {
            error = $"cannot read the deadline \"{text}\": {error}";
            return false;
        }

        reading = new DeadlineReading(text, date, rule);
        return true;
    }

    public static DeadlineReading Read(string? phrase) =>
        TryRead(phrase, out var reading, out var error) ? reading : throw new FormatException(error);

    private static bool TryReadExpressionInRange(string expression, out DateOnly date, out DeadlineRule rule, out string error)
    {
        try
        {
            return TryReadExpression(expression, out date, out rule, out error);
        }
        catch (ArgumentOutOfRangeException)
        {
            (date, rule, error) = (default, DeadlineRule.Standing, "the year is out of range");
            return false;
        }
    }

    private static bool TryReadExpression(string expression, out DateOnly date, out DeadlineRule rule, out string error)
    {
        date = default;
        rule = DeadlineRule.Standing;
        error = string.Empty;
        Match m;

        // A month name that is not a month ("during 1997" looks like "<month> <year>") falls through to the other forms.
        if ((m = ExactDay().Match(expression)).Success && MonthNumber(m.Groups["month"].Value) is var dayMonth and > 0)
        {
            var year = Year(m);
            var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            if (day < 1 || day > DateTime.DaysInMonth(year, dayMonth))
            {
                error = $"{MonthNames[dayMonth - 1]} {year} has no day {day}";
                return false;
            }

            (date, rule) = (new DateOnly(year, dayMonth, day), DeadlineRule.ExactDate);
            return true;
        }

        if ((m = MonthYear().Match(expression)).Success && MonthNumber(m.Groups["month"].Value) is var month and > 0)
        {
            (date, rule) = (EndOfMonth(Year(m), month), DeadlineRule.NamedMonth);
            return true;
        }

        if ((m = EndOfYearPattern().Match(expression)).Success)
            (date, rule) = (EndOfMonth(Year(m), 12), DeadlineRule.EndOfYear);
        else if ((m = WithinYearPattern().Match(expression)).Success)
            (date, rule) = (EndOfMonth(Year(m), 12), DeadlineRule.WithinYear);
        else if ((m = EarlyYear().Match(expression)).Success)
            (date, rule) = (EndOfMonth(Year(m), 3), DeadlineRule.FirstQuarter);
        else if ((m = LateYear().Match(expression)).Success)
            (date, rule) = (EndOfMonth(Year(m), 12), DeadlineRule.LastQuarter);
        else if ((m = MidYearPattern().Match(expression)).Success)
            (date, rule) = (EndOfMonth(Year(m), 6), DeadlineRule.MidYear);
        else if ((m = HalfYear().Match(expression)).Success)
        {
            var first = m.Groups["half"].Value is "first" or "h1";
            (date, rule) = first
                ? (EndOfMonth(Year(m), 6), DeadlineRule.FirstHalf)
                : (EndOfMonth(Year(m), 12), DeadlineRule.SecondHalf);
        }
        else if ((m = QuarterPattern().Match(expression)).Success)
        {
            var quarter = m.Groups["q"].Value switch
            {
                "1" or "first" => 1,
                "2" or "second" => 2,
                "3" or "third" => 3,
                _ => 4,
            };
            (date, rule) = (EndOfMonth(Year(m), quarter * 3), DeadlineRule.Quarter);
        }
        else
        {
            error = "no known form (for example \"June 1998\", \"by 30 June 1998\", \"end 1997\", \"during 1997\", \"early 1998\", \"mid-1998\", \"first half of 1998\", \"Q3 1998\")";
            return false;
        }

        return true;
    }

    private static int Year(Match m) => int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);

    private static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private static int MonthNumber(string name)
    {
        for (var i = 0; i < MonthNames.Length; i++)
        {
            var full = MonthNames[i].ToLowerInvariant();
            if (name == full || (name.Length == 3 && full.StartsWith(name, StringComparison.Ordinal)) || (name == "sept" && i == 8))
                return i + 1;
        }

        return 0;
    }

    // "Consider by June 1998", "Report to be circulated by December 1998", "Target date of December 1998".
    [GeneratedRegex(@"^(?:[a-z ,]+ )?(?:by|no later than|not later than|target date of|target date) (?<expr>.+)$")]
    private static partial Regex Lead();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?<day>\d{1,2}) (?<month>[a-z]+) (?<year>\d{4})$")]
    private static partial Regex ExactDay();

    [GeneratedRegex(@"^(?:the )?(?:end (?:of )?)?(?<month>[a-z]+) (?<year>\d{4})$")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^(?:the )?end(?: of)? (?<year>\d{4})$")]
    private static partial Regex EndOfYearPattern();

    [GeneratedRegex(@"^(?:during|in|within) (?<year>\d{4})$")]
    private static partial Regex WithinYearPattern();

    [GeneratedRegex(@"^early(?: in)? (?<year>\d{4})$")]
    private static partial Regex EarlyYear();

    [GeneratedRegex(@"^late(?: in)? (?<year>\d{4})$")]
    private static partial Regex LateYear();

    [GeneratedRegex(@"^(?:the )?mid[- ]?(?<year>\d{4})$")]
    private static partial Regex MidYearPattern();

    [GeneratedRegex(@"^(?:(?:the )?(?<half>first|second) half(?: of)? (?<year>\d{4})|(?<half>h1|h2) (?<year>\d{4}))$")]
    private static partial Regex HalfYear();

    [GeneratedRegex(@"^(?:q(?<q>[1-4]) (?<year>\d{4})|(?:the )?(?<q>first|second|third|fourth) quarter(?: of)? (?<year>\d{4}))$")]
    private static partial Regex QuarterPattern();
}
