using ProgrammeWorkflows.Functions.Programme;
using ProgrammeWorkflows.Functions.Security;
using ProgrammeWorkflows.Web.Escalations;
using ProgrammeWorkflows.Web.Security;
using ProgrammeWorkflows.Workflows.Intake;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Functions.Escalations;

/// <summary>The escalation queue's API as HTTP triggers, handing over to <see cref="EscalationEndpoints"/>.</summary>
public sealed class EscalationTriggers(FollowedProgramme programme, IEscalationStore escalations, EscalationDecisions decisions)
{
    [Function("EscalationsList")]
    [Access(RouteAccess.Read)]
    public async Task<IResult> ListAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = EscalationEndpoints.ListRoute)] HttpRequest request) =>
        await EscalationEndpoints.ListAsync(request, escalations, programme.Id);

    [Function("EscalationDecide")]
    [Access(RouteAccess.Decide)]
    public async Task<IResult> DecideAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = EscalationEndpoints.DecideRoute)] HttpRequest request, string id, string action,
        [DurableClient] DurableTaskClient client) =>
        await EscalationEndpoints.DecideAsync(id, action, request, decisions, client, programme.Id);
}
