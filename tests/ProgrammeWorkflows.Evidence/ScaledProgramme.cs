using ProgrammeWorkflows.Domain.Parties;
using ProgrammeWorkflows.Domain.Programme;

namespace ProgrammeWorkflows.Evidence;

/// <summary>
/// The 1997 programme made bigger for the benchmarks: its timetable repeated <c>factor</c> times (items 1-43, 44-86, …)
/// and twelve more Member States, so 27 in all; every item owed by the fifteen is owed by the twenty-seven.
/// </summary>
public static class ScaledProgramme
{
    private static readonly (string Code, string Name)[] MoreMemberStates =
    [
        ("CZ", "Czech Republic"), ("EE", "Estonia"), ("CY", "Cyprus"), ("LV", "Latvia"), ("LT", "Lithuania"), ("HU", "Hungary"),
        ("MT", "Malta"), ("PL", "Poland"), ("SI", "Slovenia"), ("SK", "Slovakia"), ("BG", "Bulgaria"), ("RO", "Romania"),
    ];

    public static ProgrammeDefinition Of(ProgrammeDefinition programme, int factor, bool twentySeven)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var fifteen = programme.Parties.MemberStates.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        var added = twentySeven ? MoreMemberStates.Select(m => new Party(m.Code, m.Name, PartyKind.MemberState)).ToList() : [];
        var parties = programme.Parties.Parties.Concat(added).ToList();
        var groups = programme.Parties.Groups.ToDictionary(
            g => g.Key,
            g => g.Value.All(fifteen.Contains) && g.Value.Count == fifteen.Count ? (IReadOnlyList<string>)[.. g.Value, .. added.Select(p => p.Code)] : g.Value,
            StringComparer.Ordinal);
        IReadOnlyList<string> Owners(IReadOnlyList<string> owners) =>
            fifteen.IsSubsetOf(owners) ? [.. owners, .. added.Select(p => p.Code)] : owners;
        var items = Enumerable.Range(0, factor)
            .SelectMany(round => programme.Items.Select(item => item with { Number = item.Number + (round * programme.Items.Count), Owners = Owners(item.Owners) }))
            .ToList();
        return programme with { Parties = new PartyRegister(parties, groups), Items = items };
    }

    /// <summary>The sample directory, with a delegate and a deputy for each of the twelve added Member States when there are 27, as CSV.</summary>
    public static string DirectoryCsv(bool twentySeven) =>
        !twentySeven ? Domain.Delegates.DelegateDirectoryCsv.SampleCsv() :
        Domain.Delegates.DelegateDirectoryCsv.SampleCsv().TrimEnd('\n', '\r') + "\n" + string.Join("\n", MoreMemberStates.SelectMany(m => new[]
        {
            $"{m.Code},Delegate of {m.Name},delegate@{m.Code.ToLowerInvariant()}.customs.example,primary,en",
            $"{m.Code},Deputy of {m.Name},deputy@{m.Code.ToLowerInvariant()}.customs.example,deputy,en",
        })) + "\n";
}
