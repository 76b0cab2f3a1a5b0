using ProgrammeWorkflows.Functions.Programme;
using ProgrammeWorkflows.Functions.Security;
using ProgrammeWorkflows.Web.Items;
using ProgrammeWorkflows.Web.Security;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Functions.Items;

/// <summary>The timetable items' API as HTTP triggers, handing over to <see cref="ItemEndpoints"/>.</summary>
public sealed class ItemTriggers(FollowedProgramme programme, IProgrammeCatalog catalog, ItemStores stores)
{
    [Function("ItemsList")]
    [Access(RouteAccess.Read)]
    public async Task<IResult> ListAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ItemEndpoints.ListRoute)] HttpRequest request) =>
        await ItemEndpoints.ListAsync(catalog, stores.Cycles, programme.Id, request.HttpContext.RequestAborted);

    [Function("ItemDetail")]
    [Access(RouteAccess.Read)]
    public async Task<IResult> DetailAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ItemEndpoints.DetailRoute)] HttpRequest request, string number) =>
        await ItemEndpoints.DetailAsync(number, catalog, stores, programme.Id, request.HttpContext.RequestAborted);
}
