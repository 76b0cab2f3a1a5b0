using ProgrammeWorkflows.Functions.Programme;
using ProgrammeWorkflows.Functions.Security;
using ProgrammeWorkflows.Web.Escalations;
using ProgrammeWorkflows.Web.Security;
using ProgrammeWorkflows.Workflows.Intake;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Functions.Escalations;

/// <summary>The Presidency's page and its decision forms as HTTP triggers, handing over to <see cref="PresidencyEndpoints"/>.</summary>
public sealed class PresidencyTriggers(FollowedProgramme programme, IEscalationStore escalations, EscalationDecisions decisions)
{
    [Function("PresidencyQueue")]
    [Access(RouteAccess.Read, Page = true)]
    public Task<IResult> ShowAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = PresidencyEndpoints.Route)] HttpRequest request) =>
        PresidencyEndpoints.ShowAsync(request.HttpContext, escalations, programme.Id);

    [Function("PresidencyDecide")]
    [Access(RouteAccess.Decide)]
    public async Task<IResult> DecideAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = PresidencyEndpoints.DecideRoute)] HttpRequest request, string id, string action,
        [DurableClient] DurableTaskClient client) =>
        await PresidencyEndpoints.DecideAsync(id, action, request, decisions, client, programme.Id);
}
