using ProgrammeWorkflows.Adapters.Links;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Workflows.Tests.Infrastructure;

/// <summary>A scope's reply link as a mail would carry it, for a test that needs one without a mail.</summary>
internal static class IssuedLinks
{
    public static async Task<string> LinkAsync(this TableLinkTokens links, LinkScope scope, DateTimeOffset endsAt) =>
        links.LinkOf(scope, await links.IssueAsync(scope, endsAt));
}
