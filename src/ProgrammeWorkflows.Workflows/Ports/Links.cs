namespace ProgrammeWorkflows.Workflows.Ports;

/// <summary>What a reply link lets its holder do: answer for one party on one item cycle, as one delegate.</summary>
public sealed record LinkScope(string ProgrammeId, int Item, string Cycle, string Party, string DelegateId);

/// <summary>Issues personal reply links. A link carries a random token; only its hash is stored.</summary>
public interface ILinkIssuer
{
    /// <summary>Issues a token for the scope, revoking earlier ones of the same scope, and returns the full reply URL.</summary>
    Task<string> IssueAsync(LinkScope scope, DateTimeOffset expiresAt, CancellationToken cancellationToken = default);
}
