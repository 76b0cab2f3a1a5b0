namespace ProgrammeWorkflows.Domain.Parties;

/// <summary>The parties of a programme in the Council's protocol order, and the named groups of them ("member-states").</summary>
public sealed class PartyRegister
{
    private readonly Dictionary<string, Party> byCode;
    private readonly Dictionary<string, int> order;

    public PartyRegister(IEnumerable<Party> partiesInProtocolOrder, IReadOnlyDictionary<string, IReadOnlyList<string>> groups)
    {
        Parties = [.. partiesInProtocolOrder];
        byCode = Parties.ToDictionary(p => p.Code, StringComparer.Ordinal);
        order = Parties.Select((p, i) => (p.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        Groups = groups;
    }

    public IReadOnlyList<Party> Parties { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Groups { get; }

    public IEnumerable<Party> MemberStates => Parties.Where(p => p.Kind == PartyKind.MemberState);

    public bool Contains(string code) => byCode.ContainsKey(code);

    public Party this[string code] =>
        byCode.TryGetValue(code, out var party) ? party : throw new KeyNotFoundException($"unknown party \"{code}\"");

    /// <summary>Position in protocol order; reports list parties in this order.</summary>
    public int ProtocolOrder(string code) => order.TryGetValue(code, out var i) ? i : int.MaxValue;

    /// <summary>Party codes and group names, expanded to party codes in protocol order, each once.</summary>
    public IReadOnlyList<string> Expand(IEnumerable<string> codesOrGroups) =>
        [.. codesOrGroups
            .SelectMany(c => Groups.TryGetValue(c, out var members) ? members : [c])
            .Distinct(StringComparer.Ordinal)
            .OrderBy(ProtocolOrder)];
}
