using ProgrammeWorkflows.Functions.Programme;
using ProgrammeWorkflows.Functions.Security;
using ProgrammeWorkflows.Web.Reports;
using ProgrammeWorkflows.Web.Security;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Functions.Reports;

/// <summary>The reports' routes as HTTP triggers, handing over to <see cref="ReportEndpoints"/>.</summary>
public sealed class ReportTriggers(FollowedProgramme programme, IProgrammeCatalog catalog, IReportStore reports, IAuditLog audit, TimeProvider time)
{
    [Function("ReportsList")]
    [Access(RouteAccess.Read)]
    public async Task<IResult> ListAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ReportEndpoints.ListRoute)] HttpRequest request) =>
        await ReportEndpoints.ListAsync(reports, programme.Id, request.HttpContext.RequestAborted);

    [Function("ReportShow")]
    [Access(RouteAccess.Read)]
    public async Task<IResult> ShowAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ReportEndpoints.ShowRoute)] HttpRequest request, string id) =>
        await ReportEndpoints.ShowAsync(id, request, reports, programme.Id);

    [Function("AnnualReportProduce")]
    [Access(RouteAccess.Administer)]
    public async Task<IResult> ProduceAnnualAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ReportEndpoints.AnnualRoute)] HttpRequest request, string year, [DurableClient] DurableTaskClient client) =>
        await ReportEndpoints.ProduceAnnualAsync(year, request.HttpContext, catalog, audit, time, client, programme.Id);
}
