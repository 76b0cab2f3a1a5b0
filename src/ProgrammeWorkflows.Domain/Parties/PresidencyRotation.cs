namespace ProgrammeWorkflows.Domain.Parties;

/// <summary>A six-month term of the Council Presidency.</summary>
public sealed record PresidencyTerm(string Term, DateOnly From, DateOnly To, string Party)
{
    public bool Covers(DateOnly date) => date >= From && date <= To;
}

/// <summary>Who holds the Presidency on a date. Escalations go to the Presidency in office when they are raised.</summary>
public sealed class PresidencyRotation(IReadOnlyList<PresidencyTerm> terms)
{
    public IReadOnlyList<PresidencyTerm> Terms { get; } = [.. terms.OrderBy(t => t.From)];

    /// <summary>The term covering a date, or null past either end of the rotation.</summary>
    public PresidencyTerm? TermOn(DateOnly date) => Terms.FirstOrDefault(t => t.Covers(date));

    public PresidencyTerm InOfficeOn(DateOnly date) =>
        TermOn(date)
        ?? throw new InvalidOperationException($"no Presidency term covers {date:yyyy-MM-dd}; the rotation covers {Terms[0].From:yyyy-MM-dd} to {Terms[^1].To:yyyy-MM-dd}");

    /// <summary>Checks that terms neither overlap nor leave a gap.</summary>
    public static IEnumerable<string> FindGapsAndOverlaps(IReadOnlyList<PresidencyTerm> terms)
    {
        var ordered = terms.OrderBy(t => t.From).ToList();
        foreach (var term in ordered.Where(t => t.To < t.From))
            yield return $"term {term.Term} ends before it starts";
        for (var i = 1; i < ordered.Count; i++)
        {
            var previous = ordered[i - 1];
            var next = ordered[i];
            if (next.From <= previous.To)
                yield return $"terms {previous.Term} and {next.Term} overlap";
            else if (next.From != previous.To.AddDays(1))
                yield return $"a gap between terms {previous.Term} and {next.Term}";
        }
    }
}
