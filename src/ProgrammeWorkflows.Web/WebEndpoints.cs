using ProgrammeWorkflows.Web.Escalations;
using ProgrammeWorkflows.Web.Items;
using ProgrammeWorkflows.Web.Programme;
using ProgrammeWorkflows.Web.Replies;
using ProgrammeWorkflows.Web.Reports;
using ProgrammeWorkflows.Web.Security;

namespace ProgrammeWorkflows.Web;

/// <summary>
/// Every route of the system, as the local host maps it; the Functions app maps the same handlers to the same routes
/// as HTTP triggers (a test compares the two). <c>/reply/*</c> is anonymous (the link is the credential); everything
/// else asks for the Presidency key.
/// </summary>
public static class WebEndpoints
{
    public static IEndpointRouteBuilder MapProgrammeWorkflows(this IEndpointRouteBuilder app, string programmeId)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/" + ReplyEndpoints.Route, (string token, HttpContext http) => ReplyEndpoints.ShowAsync(token, http));
        app.MapPost("/" + ReplyEndpoints.Route, (string token, HttpRequest request, DurableTaskClient client) => ReplyEndpoints.SubmitAsync(token, request, client))
            .WithMetadata(new RequestSizeLimitAttribute(ReplyForm.MaxRequestBytes));

        app.MapGroup(string.Empty).RequirePresidencyKey(pages: true)
            .MapGet("/" + PresidencyPage.Route, (HttpRequest request) => PresidencyPage.ShowAsync(request.HttpContext, programmeId));
        app.MapGroup(string.Empty).RequirePresidencyKey()
            .MapPost("/" + PresidencyPage.DecideRoute, (string id, string action, HttpRequest request, DurableTaskClient client) => PresidencyPage.DecideAsync(id, action, request, client, programmeId));
        app.MapEscalations(programmeId).MapItems(programmeId).MapReports(programmeId).MapProgramme(programmeId);
        return app;
    }
}
