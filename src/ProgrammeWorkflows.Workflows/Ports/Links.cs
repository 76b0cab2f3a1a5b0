namespace ProgrammeWorkflows.Workflows.Ports;

/// <summary>What a reply link lets its holder do: answer for one party on one item cycle, as one delegate.</summary>
public sealed record LinkScope(string ProgrammeId, int Item, string Cycle, string Party, string DelegateId);

/// <summary>A revoked link: the generation the scope's next link is derived with, and when that one ends.</summary>
public sealed record RevokedLink(int Generation, DateTimeOffset EndsAt);

/// <summary>
/// Personal reply links: one per scope, the same in every mail of the item cycle, derived with a key and never stored.
/// A revocation moves the scope to its next generation, so the links made before stop working.
/// </summary>
public interface ILinkIssuer
{
    /// <summary>
    /// Makes sure the scope's link is valid until <paramref name="endsAt"/> (a later end moves it; an earlier one does
    /// not) and returns the generation its link is derived with. Writes only for the scope's first mail or a later end.
    /// </summary>
    Task<int> IssueAsync(LinkScope scope, DateTimeOffset endsAt, CancellationToken cancellationToken = default);

    /// <summary>The reply URL of the scope at a generation: pure derivation, no storage.</summary>
    string LinkOf(LinkScope scope, int generation);

    /// <summary>Revokes the scope's link: its next generation and its end, or null when no mail of the scope carried one.</summary>
    Task<RevokedLink?> RevokeAsync(LinkScope scope, CancellationToken cancellationToken = default);
}
