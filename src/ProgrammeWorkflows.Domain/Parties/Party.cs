namespace ProgrammeWorkflows.Domain.Parties;

public enum PartyKind
{
    MemberState,
    CouncilBody,
    Commission,
}

/// <summary>A party that can owe something under the programme: a Member State, the Council working party, the Commission.</summary>
public sealed record Party(string Code, string Name, PartyKind Kind);

public static class PartyKindNames
{
    public static string ToName(this PartyKind kind) => kind switch
    {
        PartyKind.MemberState => "member-state",
        PartyKind.CouncilBody => "council-body",
        PartyKind.Commission => "commission",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string? name, out PartyKind kind)
    {
        (var ok, kind) = name switch
        {
            "member-state" => (true, PartyKind.MemberState),
            "council-body" => (true, PartyKind.CouncilBody),
            "commission" => (true, PartyKind.Commission),
            _ => (false, default),
        };
        return ok;
    }
}
