using ProgrammeWorkflows.Domain.Parties;

namespace ProgrammeWorkflows.Domain.Delegates;

/// <summary>The delegates of every party: one primary each, and deputies.</summary>
public sealed class DelegateDirectory
{
    private readonly ILookup<string, PartyDelegate> byParty;

    public DelegateDirectory(IEnumerable<PartyDelegate> delegates)
    {
        Delegates = [.. delegates];
        byParty = Delegates.ToLookup(d => d.Party, StringComparer.Ordinal);
    }

    public IReadOnlyList<PartyDelegate> Delegates { get; }

    /// <summary>A party's delegates, the primary first.</summary>
    public IReadOnlyList<PartyDelegate> Of(string party) => [.. byParty[party].OrderBy(d => d.Role)];

    public PartyDelegate? Find(string delegateId) => Delegates.FirstOrDefault(d => d.Id == delegateId);

    /// <summary>Parties of the register that have no delegate: they could not be told what they owe.</summary>
    public IEnumerable<Party> PartiesWithoutDelegates(PartyRegister parties) => parties.Parties.Where(p => !byParty.Contains(p.Code));
}
