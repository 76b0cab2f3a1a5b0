using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using ProgrammeWorkflows.Domain.Programme;
using ProgrammeWorkflows.Web.Programme;

namespace ProgrammeWorkflows.Functions.Programme;

/// <summary>The programme administration endpoints as HTTP triggers (function keys), handing over to the shared handlers.</summary>
public sealed class ProgrammeHttpFunctions(IConfiguration configuration)
{
    [Function("ProgrammeStart")]
    public Task<IResult> StartAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ProgrammeApi.StartRoute)] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        ProgrammeApi.StartAsync(request, client, configuration["Programme:Id"] ?? BuiltInProgrammes.CustomsActionProgramme1997);
}
