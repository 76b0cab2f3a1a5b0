using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask.Client;
using ProgrammeWorkflows.Web.Security;

namespace ProgrammeWorkflows.Local.Web;

/// <summary>The pages only the local host has (the Functions app has neither a dashboard nor a mail folder), behind the Presidency key.</summary>
internal static class LocalPages
{
    public static IEndpointRouteBuilder MapLocalPages(this IEndpointRouteBuilder app, string programmeId, string? mailFolder)
    {
        var pages = app.MapGroup(string.Empty).RequirePresidencyKey(pages: true);
        pages.MapGet("/", (HttpContext http, DurableTaskClient client) => DashboardPage.ShowAsync(http, client, programmeId, mailFolder is not null));
        if (mailFolder is not null)
        {
            pages.MapGet("/" + MailFolderPage.Route, (HttpContext http) => MailFolderPage.List(http, mailFolder));
            pages.MapGet("/" + MailFolderPage.MessageRoute, (string name, HttpContext http) => MailFolderPage.Show(name, mailFolder, http));
        }

        return app;
    }
}
