using ProgrammeWorkflows.Functions.Programme;
using ProgrammeWorkflows.Web.Reports;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Functions.Reports;

/// <summary>The reports' routes as HTTP triggers, handing over to <see cref="ReportEndpoints"/>.</summary>
public sealed class ReportTriggers(FollowedProgramme programme, IProgrammeCatalog catalog, IReportStore reports, TimeProvider time)
{
    [Function("ReportsList")]
    public async Task<IResult> ListAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = ReportEndpoints.ListRoute)] HttpRequest request) =>
        await ReportEndpoints.ListAsync(reports, programme.Id, request.HttpContext.RequestAborted);

    [Function("ReportShow")]
    public async Task<IResult> ShowAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = ReportEndpoints.ShowRoute)] HttpRequest request, string id) =>
        await ReportEndpoints.ShowAsync(id, request, reports, programme.Id);

    [Function("AnnualReportProduce")]
    public async Task<IResult> ProduceAnnualAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ReportEndpoints.AnnualRoute)] HttpRequest request, string year, [DurableClient] DurableTaskClient client) =>
        await ReportEndpoints.ProduceAnnualAsync(year, catalog, time, client, programme.Id, request.HttpContext.RequestAborted);
}
