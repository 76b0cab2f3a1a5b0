using ProgrammeWorkflows.Web.Escalations;
using ProgrammeWorkflows.Web.Items;
using ProgrammeWorkflows.Web.Links;
using ProgrammeWorkflows.Web.Programme;
using ProgrammeWorkflows.Web.Replies;
using ProgrammeWorkflows.Web.Reports;
using ProgrammeWorkflows.Web.Security;

namespace ProgrammeWorkflows.Web;

/// <summary>
/// Every route of the system, as the local host maps it: each feature folder maps its own (<c>Map*</c> beside its
/// handlers in <c>*Endpoints</c>); the Functions app maps the same handlers to the same routes as HTTP triggers
/// (<c>*Triggers</c>, a test compares the two). <c>/reply/*</c> is anonymous (the link is the credential); everything
/// else asks for the Presidency key.
/// </summary>
public static class WebEndpoints
{
    public static IEndpointRouteBuilder MapProgrammeWorkflows(this IEndpointRouteBuilder app, string programmeId)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapReplies().MapPresidency(programmeId).MapEscalations(programmeId).MapItems(programmeId).MapReports(programmeId).MapProgramme(programmeId).MapLinks(programmeId);
        return app;
    }
}
