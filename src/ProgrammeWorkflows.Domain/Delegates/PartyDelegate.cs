using System.Diagnostics.CodeAnalysis;

namespace ProgrammeWorkflows.Domain.Delegates;

public enum DelegateRole
{
    Primary,
    Deputy,
}

/// <summary>A person who answers for a party: a primary delegate or a deputy, with an email address and a preferred language.</summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "A delegate of a party is the domain's word, not a .NET delegate type.")]
public sealed record PartyDelegate(string Party, string Name, string Email, DelegateRole Role, string Language)
{
    /// <summary>A stable id: the party and the address in lower case (addresses are unique in a directory).</summary>
    public string Id => IdOf(Party, Email);

    /// <summary>The id of the delegate of <paramref name="party"/> at <paramref name="email"/>.</summary>
    public static string IdOf(string party, string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return $"{party}:{email.ToLowerInvariant()}";
    }
}
