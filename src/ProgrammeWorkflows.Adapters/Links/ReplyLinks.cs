using Microsoft.Extensions.Options;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Adapters.Links;

/// <summary>The reply links themselves, derived with the key ring at the public address; no storage (the scope's generation is given).</summary>
public sealed class ReplyLinks(LinkKeyRing keys, IOptions<LinkOptions> options)
{
    public string LinkOf(LinkScope scope, int generation) =>
        $"{options.Value.BaseUrl.TrimEnd('/')}/reply/{LinkToken.Derive(scope, generation, keys.Current, keys.Secret(keys.Current)!)}";

    /// <summary>The reply link a mail carries, or null for one without.</summary>
    public string? LinkOf(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.ReplyScope() is { } scope ? LinkOf(scope, message.LinkGeneration!.Value) : null;
    }

    /// <summary>The scope and generation of a link made with a key of the ring, or null.</summary>
    public (LinkScope Scope, int Generation)? Verify(string? token) => LinkToken.Verify(token, keys.Secret);
}
