using ProgrammeWorkflows.Web.Errors;
using ProgrammeWorkflows.Web.Security;
using ProgrammeWorkflows.Workflows.Intake;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Web.Links;

/// <summary>What a revocation answers: the generation of the delegate's new link, and whether it was sent (not after the party's link ended).</summary>
public sealed record LinkRevocationResponse(string Item, string Party, string Email, int Generation, bool NewLinkSent);

/// <summary>
/// <c>POST /api/links/revoke</c>: the Presidency or an administrator revokes one delegate's reply link for one item
/// cycle. The link gets the same 404 as any bad link from then on; the delegate receives a new one, once; the audit log
/// records who revoked it and why. 404 when that delegate was never sent a link for that item cycle.
/// </summary>
public static class LinkEndpoints
{
    public const string RevokeRoute = "api/links/revoke";

    public static IEndpointRouteBuilder MapLinks(this IEndpointRouteBuilder app, string programmeId)
    {
        app.MapGroup(string.Empty).RequireAccess(RouteAccess.Decide)
            .MapPost("/" + RevokeRoute, (HttpRequest request, [FromServices] IProgrammeCatalog catalog, [FromServices] IDelegateDirectorySource directory, [FromServices] LinkRevocations revocations, [FromServices] DurableTaskClient client) =>
                RevokeAsync(request, catalog, directory, revocations, client, programmeId));
        return app;
    }

    public static async Task<Results<Ok<LinkRevocationResponse>, ProblemHttpResult>> RevokeAsync(
        HttpRequest request, IProgrammeCatalog catalog, IDelegateDirectorySource directory, LinkRevocations revocations, DurableTaskClient client, string programmeId)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(revocations);
        var (asked, refusal) = await LinkRevocationRequest.ReadAsync(request, catalog.Load(programmeId), directory.Current);
        if (asked is null)
            return refusal!;

        var (scope, recipient, reason) = asked;
        var by = ProgrammePrincipal.Of(request.HttpContext);
        var revoked = await revocations.RevokeAsync(client, scope, recipient, reason, by.Name, by.Id, request.HttpContext.RequestAborted);
        return revoked is null
            ? Problems.NotFound("No link to revoke", $"{recipient.Email} was sent no link for item {scope.Item} ({scope.Cycle}).")
            : TypedResults.Ok(new LinkRevocationResponse($"{scope.Item} ({scope.Cycle})", scope.Party, recipient.Email, revoked.Generation, revoked.NewLinkSent));
    }
}
