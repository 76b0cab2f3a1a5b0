using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProgrammeWorkflows.Web.Errors;

namespace ProgrammeWorkflows.Web.Security;

/// <summary>What a route of the local host asks of its caller, as endpoint metadata (the Functions app names the same per trigger).</summary>
public sealed record AccessRequired(RouteAccess Access, bool Page);

/// <summary>
/// The one authorization layer of both hosts: a request becomes a <see cref="ProgrammePrincipal"/> that may use the
/// route, or is refused. In order: a key in the <c>x-functions-key</c> header (a person of <c>Access:People</c>, the
/// <c>Presidency:Key</c> with every role, or <c>Access:FunctionKey</c> as an administrator); the platform's signed-in
/// person where App Service authentication is on; a key the page cookie keeps. Nobody: 401 (a page in Azure sends the
/// person to sign in); a role missing: 403 naming it; a change asked by a cookie or the platform's session from another site: 403. The local host calls it as an endpoint filter
/// (<see cref="RequireAccess"/>), the Functions app from a worker middleware before the trigger runs.
/// </summary>
public static class SignIn
{
    public const string LoginPath = "/.auth/login/aad";

    /// <summary>Null when the request may go on (its principal attached, <see cref="ProgrammePrincipal.Of"/>), else the refusal to answer.</summary>
    /// <param name="page">A page a person opens (<c>/presidency</c>, and the local host's own): a key in its address moves into the cookie.</param>
    public static IResult? Admit(HttpContext http, RouteAccess access, bool page)
    {
        ArgumentNullException.ThrowIfNull(http);
        var request = http.Request;
        var settings = http.RequestServices.GetRequiredService<IOptions<AccessOptions>>().Value;
        var pageGet = page && HttpMethods.IsGet(request.Method);

        if (pageGet && request.Query.ContainsKey("key"))
            return KeyHolder(settings, request.Query["key"].ToString()) is null ? UnknownKey() : Remember(http, request.Query["key"].ToString());

        ProgrammePrincipal? who;
        if (request.Headers[PresidencyKey.Header].ToString() is { Length: > 0 } header)
            who = KeyHolder(settings, header);
        else if (settings.PlatformAuthentication && PlatformPrincipal.Read(request) is { } signedIn)
            who = signedIn with { Ambient = true };
        else if (request.Cookies[PresidencyKey.Cookie] is { Length: > 0 } kept)
            who = KeyHolder(settings, kept) is { } holder ? holder with { Ambient = true } : null;
        else
            return NotSignedIn(http, pageGet, settings.PlatformAuthentication);

        if (who is null)
            return UnknownKey();
        if (!who.May(access))
            return Forbidden(who, access);
        // A cookie or the platform's session goes with any request the browser makes, another site's too: a change asked
        // that way must come from this site (a page's form also carries its antiforgery token, PageForms).
        if (who.Ambient && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && PageForms.RefuseCrossSite(request) is { } crossSite)
            return crossSite;
        who.Attach(http);
        return null;
    }

    /// <summary>The local host's routes: each group names the access its routes ask for (kept as metadata, <see cref="AccessRequired"/>).</summary>
    public static RouteGroupBuilder RequireAccess(this RouteGroupBuilder group, RouteAccess access, bool pages = false) =>
        group.WithMetadata(new AccessRequired(access, pages)).AddEndpointFilter(async (context, next) => Admit(context.HttpContext, access, pages) ?? await next(context));

    private static IResult NotSignedIn(HttpContext http, bool pageGet, bool platform)
    {
        if (pageGet && platform)
        {
            var back = (http.Request.Path.Value ?? "/") + http.Request.QueryString.ToUriComponent();
            return Results.Redirect($"{LoginPath}?post_login_redirect_uri={Uri.EscapeDataString(back)}");
        }

        return Problems.Of(
            StatusCodes.Status401Unauthorized,
            "Sign in first",
            platform
                ? $"Sign in at {LoginPath} (Microsoft Entra ID), or send a key in the {PresidencyKey.Header} header."
                : $"Send your key in the {PresidencyKey.Header} header, or open the page once with ?key=YOUR-KEY.");
    }

    private static ProblemHttpResult UnknownKey() => Problems.Of(
        StatusCodes.Status401Unauthorized, "The key is not known", $"The key given is nobody's; send your own in the {PresidencyKey.Header} header.");

    private static ProblemHttpResult Forbidden(ProgrammePrincipal who, RouteAccess access)
    {
        var needed = string.Join(" or ", access.Admitted());
        var held = who.Roles.Count == 0 ? "no role of the programme" : "the role " + string.Join(", ", who.Roles.Order());
        var what = access switch
        {
            RouteAccess.Decide => "Deciding an escalation",
            RouteAccess.Administer => "This route",
            _ => "Reading this",
        };
        return Problems.Of(StatusCodes.Status403Forbidden, $"{what} needs the role {needed}", $"{who.Name} holds {held}; an administrator assigns roles.");
    }

    /// <summary>The key moves into a strict, HTTP-only cookie and out of the address bar: the same page, its other parameters kept.</summary>
    private static IResult Remember(HttpContext http, string key)
    {
        http.Response.Cookies.Append(PresidencyKey.Cookie, key, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps, Path = "/" });
        var rest = QueryString.Create(http.Request.Query.Where(p => p.Key != "key"));
        return Results.Redirect((http.Request.Path.Value ?? "/") + rest.ToUriComponent());
    }

    /// <summary>Who holds a key: compared in fixed time with every key there is, so the time taken says nothing of which.</summary>
    private static ProgrammePrincipal? KeyHolder(AccessOptions settings, string given)
    {
        var bytes = Encoding.UTF8.GetBytes(given);
        ProgrammePrincipal? found = null;
        foreach (var (key, holder) in settings.KeyHolders)
        {
            if (CryptographicOperations.FixedTimeEquals(bytes, key))
                found = holder;
        }

        return found;
    }
}
