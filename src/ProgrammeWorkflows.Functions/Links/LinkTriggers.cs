using ProgrammeWorkflows.Functions.Programme;
using ProgrammeWorkflows.Functions.Security;
using ProgrammeWorkflows.Web.Links;
using ProgrammeWorkflows.Web.Security;
using ProgrammeWorkflows.Workflows.Intake;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Functions.Links;

/// <summary>The revocation of a delegate's reply link as an HTTP trigger, handing over to <see cref="LinkEndpoints"/>.</summary>
public sealed class LinkTriggers(FollowedProgramme programme, IProgrammeCatalog catalog, IDelegateDirectorySource directory, LinkRevocations revocations)
{
    [Function("LinkRevoke")]
    [Access(RouteAccess.Decide)]
    public async Task<IResult> RevokeAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = LinkEndpoints.RevokeRoute)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        await LinkEndpoints.RevokeAsync(request, catalog, directory, revocations, client, programme.Id);
}
