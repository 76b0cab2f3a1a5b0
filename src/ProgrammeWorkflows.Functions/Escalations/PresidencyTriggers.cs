using ProgrammeWorkflows.Functions.Programme;
using ProgrammeWorkflows.Web.Escalations;

namespace ProgrammeWorkflows.Functions.Escalations;

/// <summary>The Presidency's page and its decision forms as HTTP triggers, handing over to <see cref="PresidencyPage"/>.</summary>
public sealed class PresidencyTriggers(FollowedProgramme programme)
{
    [Function("PresidencyQueue")]
    public Task<IResult> ShowAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = PresidencyPage.Route)] HttpRequest request) =>
        PresidencyPage.ShowAsync(request.HttpContext, programme.Id);

    [Function("PresidencyDecide")]
    public Task<IResult> DecideAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = PresidencyPage.DecideRoute)] HttpRequest request, string id, string action,
        [DurableClient] DurableTaskClient client) =>
        PresidencyPage.DecideAsync(id, action, request, client, programme.Id);
}
