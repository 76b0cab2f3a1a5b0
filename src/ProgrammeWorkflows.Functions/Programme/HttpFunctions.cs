using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using ProgrammeWorkflows.Domain.Programme;
using ProgrammeWorkflows.Web.Escalations;
using ProgrammeWorkflows.Web.Items;
using ProgrammeWorkflows.Web.Programme;
using ProgrammeWorkflows.Web.Replies;
using ProgrammeWorkflows.Web.Reports;

namespace ProgrammeWorkflows.Functions.Programme;

/// <summary>
/// Every HTTP route as a trigger handing over to the shared handlers, on the same routes as the local host
/// (host.json sets no route prefix). The reply link is anonymous; the rest asks for a function key
/// (<c>x-functions-key</c>), or App Service authentication in front.
/// </summary>
public sealed class HttpFunctions(IConfiguration configuration)
{
    private string ProgrammeId => configuration["Programme:Id"] ?? BuiltInProgrammes.CustomsActionProgramme1997;

    [Function("ReplyForm")]
    public static Task<IResult> ReplyFormAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ReplyEndpoints.Route)] HttpRequest request, string token) =>
        ReplyEndpoints.ShowAsync(token, request.HttpContext);

    [Function("ReplySubmit")]
    public static Task<IResult> ReplySubmitAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ReplyEndpoints.Route)] HttpRequest request, string token, [DurableClient] DurableTaskClient client) =>
        ReplyEndpoints.SubmitAsync(token, request, client);

    [Function("PresidencyQueue")]
    public Task<IResult> PresidencyQueueAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = PresidencyPage.Route)] HttpRequest request) =>
        PresidencyPage.ShowAsync(request.HttpContext, ProgrammeId);

    [Function("PresidencyDecide")]
    public Task<IResult> PresidencyDecideAsync([HttpTrigger(AuthorizationLevel.Function, "post", Route = PresidencyPage.DecideRoute)] HttpRequest request, string id, string action, [DurableClient] DurableTaskClient client) =>
        PresidencyPage.DecideAsync(id, action, request, client, ProgrammeId);

    [Function("EscalationsList")]
    public Task<IResult> EscalationsListAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = EscalationApi.ListRoute)] HttpRequest request) =>
        EscalationApi.ListAsync(request, ProgrammeId);

    [Function("EscalationDecide")]
    public Task<IResult> EscalationDecideAsync([HttpTrigger(AuthorizationLevel.Function, "post", Route = EscalationApi.DecideRoute)] HttpRequest request, string id, string action, [DurableClient] DurableTaskClient client) =>
        EscalationApi.DecideAsync(id, action, request, client, ProgrammeId);

    [Function("ItemsList")]
    public Task<IResult> ItemsListAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = ItemsApi.ListRoute)] HttpRequest request) =>
        ItemsApi.ListAsync(request.HttpContext, ProgrammeId);

    [Function("ItemDetail")]
    public Task<IResult> ItemDetailAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = ItemsApi.DetailRoute)] HttpRequest request, string number) =>
        ItemsApi.DetailAsync(number, request.HttpContext, ProgrammeId);

    [Function("ReportsList")]
    public Task<IResult> ReportsListAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = ReportsApi.ListRoute)] HttpRequest request) =>
        ReportsApi.ListAsync(request.HttpContext, ProgrammeId);

    [Function("ReportShow")]
    public Task<IResult> ReportShowAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = ReportsApi.ShowRoute)] HttpRequest request, string id) =>
        ReportsApi.ShowAsync(id, request.HttpContext, ProgrammeId);

    [Function("AnnualReportProduce")]
    public Task<IResult> AnnualReportProduceAsync([HttpTrigger(AuthorizationLevel.Function, "post", Route = AnnualReportApi.Route)] HttpRequest request, string year, [DurableClient] DurableTaskClient client) =>
        AnnualReportApi.ProduceAsync(year, request.HttpContext, client, ProgrammeId);

    [Function("ProgrammeStart")]
    public Task<IResult> ProgrammeStartAsync([HttpTrigger(AuthorizationLevel.Function, "post", Route = ProgrammeApi.StartRoute)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ProgrammeApi.StartAsync(request, client, ProgrammeId);
}
