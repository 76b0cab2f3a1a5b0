using ProgrammeWorkflows.Functions.Security;
using ProgrammeWorkflows.Web.Programme;
using ProgrammeWorkflows.Web.Security;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Programme;

namespace ProgrammeWorkflows.Functions.Programme;

/// <summary>The programme's start as an HTTP trigger, handing over to <see cref="ProgrammeEndpoints"/> (host.json sets no route prefix).</summary>
public sealed class ProgrammeTriggers(FollowedProgramme programme, IProgrammeCatalog catalog, ProgrammeStarter starter, IAuditLog audit, TimeProvider time)
{
    [Function("ProgrammeStart")]
    [Access(RouteAccess.Administer)]
    public async Task<IResult> StartAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ProgrammeEndpoints.StartRoute)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        await ProgrammeEndpoints.StartAsync(request, catalog, starter, audit, time, client, programme.Id);
}
