using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask.Client;
using ProgrammeWorkflows.Web.Security;

namespace ProgrammeWorkflows.Local.Web;

/// <summary>The pages only the local host has (the Functions app has neither a dashboard nor a mail folder), behind sign-in: the dashboard for any role, the mail folder for an administrator.</summary>
internal static class LocalEndpoints
{
    public static IEndpointRouteBuilder MapLocalEndpoints(this IEndpointRouteBuilder app, string programmeId, string? mailFolder)
    {
        app.MapGroup(string.Empty).RequireAccess(RouteAccess.Read, pages: true).MapGet("/", (HttpContext http, DurableTaskClient client) => DashboardEndpoints.ShowAsync(http, client, programmeId, mailFolder is not null));
        if (mailFolder is not null)
        {
            // The mail holds the delegates' links, each a credential: an administrator's to read.
            var pages = app.MapGroup(string.Empty).RequireAccess(RouteAccess.Administer, pages: true);
            pages.MapGet("/" + MailFolderEndpoints.Route, (HttpContext http) => MailFolderEndpoints.List(http, mailFolder));
            pages.MapGet("/" + MailFolderEndpoints.MessageRoute, (string name, HttpContext http) => MailFolderEndpoints.Show(name, mailFolder, http));
        }

        return app;
    }
}
