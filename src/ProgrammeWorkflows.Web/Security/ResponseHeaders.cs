using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ProgrammeWorkflows.Adapters.Reports;
using ProgrammeWorkflows.Web.Pages;

namespace ProgrammeWorkflows.Web.Security;

/// <summary>
/// The one header policy of every response of both hosts (pages, reports in every format, JSON, problem details):
/// a Content-Security-Policy that allows nothing but the pages' and reports' own style elements (by their hashes), no
/// framing, no sniffing, no referrer, and no caching (every route is private: behind the key, or a delegate's link).
/// The local host applies it as ASP.NET Core middleware, the Functions app from its worker middleware.
/// </summary>
public static class ResponseHeaders
{
    /// <summary>
    /// No script at all; styles only the <c>&lt;style&gt;</c> of the page frame and of the reports, by hash; forms post
    /// to this site only; no <c>&lt;base&gt;</c>; never inside a frame.
    /// </summary>
    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src {Hash(Layout.Style)} {Hash(ReportHtml.Style)}; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>
    /// The policy of the one page that shows a mail as it was sent (the local mail folder): mail clients need the
    /// styles inline in the mail's elements, so style attributes are allowed there; still no script, no style element
    /// but the page's own.
    /// </summary>
    public static readonly string MailViewPolicy = ContentSecurityPolicy + "; style-src-attr 'unsafe-inline'";

    private static readonly object MailViewKey = new();

    /// <summary>Registers the headers on the response, written when it starts (so error handlers that clear a response keep them).</summary>
    public static void Apply(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = http.Items.ContainsKey(MailViewKey) ? MailViewPolicy : ContentSecurityPolicy;
            headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.CacheControl = "no-store";
            headers.Remove("Pragma");
            return Task.CompletedTask;
        });
    }

    /// <summary>This response shows a mail as sent: its inline style attributes may apply (<see cref="MailViewPolicy"/>).</summary>
    public static void ShowsMail(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Items[MailViewKey] = true;
    }

    /// <summary>The policy for every response of a local web app; first in its pipeline.</summary>
    public static IApplicationBuilder UseResponseHeaders(this IApplicationBuilder app) =>
        app.Use((http, next) =>
        {
            Apply(http);
            return next(http);
        });

    private static string Hash(string style) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)))}'";
}
