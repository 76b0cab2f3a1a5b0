using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

using ProgrammeWorkflows.Web.Errors;

namespace ProgrammeWorkflows.Web.Security;

/// <summary>
/// The forms a cookie authenticates (the Presidency's decisions on <c>/presidency</c>) against cross-site requests, in
/// the handler path both hosts share (endpoint filters and ASP.NET Core middleware do not run in a Functions trigger):
/// a post from another site (<c>Sec-Fetch-Site</c> other than <c>same-origin</c>, or an <c>Origin</c> of another host) is
/// refused, and so is one without the antiforgery token its page carried (ASP.NET Core's <see cref="IAntiforgery"/>).
/// A request signed in by the key in the <c>x-functions-key</c> header carries no ambient credential, so it needs no token.
/// The reply form is not one of these: its link is its credential, and it stays open to scripts.
/// </summary>
public static class PageForms
{
    public const string TokenField = "__RequestVerificationToken";

    /// <summary>Issues the token pair: the cookie goes with the page, the request token in its forms (<see cref="TokenInput"/>).</summary>
    public static AntiforgeryTokenSet IssueTokens(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
    }

    /// <summary>A 403 when the post comes from another site, before anything of it is read; null otherwise.</summary>
    public static ProblemHttpResult? RefuseCrossSite(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        var origin = request.Headers.Origin.ToString();

        // Browsers that send Sec-Fetch-Site say it; the Origin of a same-origin post is "null" under Referrer-Policy: no-referrer.
        var crossSite = site.Length > 0
            ? !string.Equals(site, "same-origin", StringComparison.OrdinalIgnoreCase)
            : origin.Length > 0 && origin != "null" && !SameHost(origin, request.Host);
        return crossSite
            ? Forbidden("A change from another site is refused", "Signed in by a cookie, a change is taken only from this site's own pages; nothing was recorded.")
            : null;
    }

    /// <summary>A 403 when a post signed in by a cookie or the platform's session lacks its page's antiforgery token (call once the form is read); null otherwise.</summary>
    public static async Task<ProblemHttpResult?> RefuseWithoutTokenAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!ProgrammePrincipal.Of(http).Ambient)
            return null;
        return await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http)
            ? null
            : Forbidden("The form's antiforgery token is missing or wrong", "Open the Presidency's page again and decide from there; nothing was recorded.");
    }

    private static bool SameHost(string origin, HostString host) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && host.HasValue
        && string.Equals(uri.Authority, host.Value, StringComparison.OrdinalIgnoreCase);

    private static ProblemHttpResult Forbidden(string title, string detail) => Problems.Of(StatusCodes.Status403Forbidden, title, detail);
}
