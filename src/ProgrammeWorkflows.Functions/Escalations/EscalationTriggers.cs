using ProgrammeWorkflows.Functions.Programme;
using ProgrammeWorkflows.Web.Escalations;
using ProgrammeWorkflows.Workflows.Intake;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Functions.Escalations;

/// <summary>The escalation queue's API as HTTP triggers, handing over to <see cref="EscalationEndpoints"/>.</summary>
public sealed class EscalationTriggers(FollowedProgramme programme, IEscalationStore escalations, EscalationDecisions decisions)
{
    [Function("EscalationsList")]
    public async Task<IResult> ListAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = EscalationEndpoints.ListRoute)] HttpRequest request) =>
        await EscalationEndpoints.ListAsync(request, escalations, programme.Id);

    [Function("EscalationDecide")]
    public async Task<IResult> DecideAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = EscalationEndpoints.DecideRoute)] HttpRequest request, string id, string action,
        [DurableClient] DurableTaskClient client) =>
        await EscalationEndpoints.DecideAsync(id, action, request, decisions, client, programme.Id);
}
