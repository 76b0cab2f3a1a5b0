namespace ProgrammeWorkflows.Domain.Deadlines;

/// <summary>The rule by which a deadline phrase was read as a date. Kebab-case names are what files and exports carry.</summary>
public enum DeadlineRule
{
    /// <summary>No phrase: a standing obligation, without a date.</summary>
    Standing,

    /// <summary>"June 1998", "By December 1997": the last day of the named month.</summary>
    NamedMonth,

    /// <summary>"by 30 June 1998": that very day.</summary>
    ExactDate,

    /// <summary>"end 1997", "end of 1998": 31 December of that year.</summary>
    EndOfYear,

    /// <summary>"During 1997", "in 1998": 31 December, the last day the obligation can be met within the year.</summary>
    WithinYear,

    /// <summary>"Early 1998": the end of the first quarter.</summary>
    FirstQuarter,

    /// <summary>"Q3 1998", "third quarter of 1998": the last day of that quarter.</summary>
    Quarter,

    /// <summary>"mid-1998": 30 June.</summary>
    MidYear,

    /// <summary>"first half of 1998", "H1 1998": 30 June.</summary>
    FirstHalf,

    /// <summary>"second half of 1998", "H2 1998": 31 December.</summary>
    SecondHalf,

    /// <summary>"Late 1998": 31 December, the end of the last quarter.</summary>
    LastQuarter,
}

public static class DeadlineRuleNames
{
    private static readonly Dictionary<DeadlineRule, string> Names = new()
    {
        [DeadlineRule.Standing] = "standing",
        [DeadlineRule.NamedMonth] = "named-month",
        [DeadlineRule.ExactDate] = "exact-date",
        [DeadlineRule.EndOfYear] = "end-of-year",
        [DeadlineRule.WithinYear] = "within-year",
        [DeadlineRule.FirstQuarter] = "first-quarter",
        [DeadlineRule.Quarter] = "quarter",
        [DeadlineRule.MidYear] = "mid-year",
        [DeadlineRule.FirstHalf] = "first-half",
        [DeadlineRule.SecondHalf] = "second-half",
        [DeadlineRule.LastQuarter] = "last-quarter",
    };

    private static readonly Dictionary<string, DeadlineRule> ByName =
        Names.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    public static string ToName(this DeadlineRule rule) => Names[rule];

    public static bool TryParse(string? name, out DeadlineRule rule) => ByName.TryGetValue(name ?? string.Empty, out rule);

    public static IEnumerable<string> All => Names.Values;
}
