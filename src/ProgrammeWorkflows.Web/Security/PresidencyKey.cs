using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace ProgrammeWorkflows.Web.Security;

/// <summary>Section <c>Presidency</c>: the local host's key for the Presidency and administration routes.</summary>
public sealed class PresidencyOptions
{
    public const string Section = "Presidency";

    /// <summary>Sent as the <c>x-functions-key</c> header (as Azure's function keys are), or given once in a page's address as <c>/presidency?key=…</c>, which keeps it in a cookie.</summary>
    public string Key { get; set; } = string.Empty;
}

/// <summary>
/// Locally, every <c>/api/*</c> and <c>/presidency</c> route asks for the Presidency key; anonymous and wrong keys get 401.
/// In Azure the same routes are HTTP triggers at the Function authorization level (function keys, same header).
/// </summary>
public static class PresidencyKey
{
    public const string Header = "x-functions-key";
    public const string Cookie = "presidency-key";

    /// <summary>
    /// The key from the <c>x-functions-key</c> header, else from the cookie; never from the address. On page routes
    /// (<paramref name="pages"/>: <c>/presidency</c>, and the local host's <c>/</c> and <c>/mail</c>) a key given once in
    /// the address as <c>?key=…</c> replaces the cookie when it is right, and the answer is a redirect to the same address
    /// without it; a wrong one is a 401 and leaves the cookie alone.
    /// </summary>
    public static RouteGroupBuilder RequirePresidencyKey(this RouteGroupBuilder group, bool pages = false) =>
        group.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var expected = http.RequestServices.GetRequiredService<IOptions<PresidencyOptions>>().Value.Key;
            if (pages && HttpMethods.IsGet(http.Request.Method) && http.Request.Query.ContainsKey("key"))
                return IsRight(http.Request.Query["key"].ToString(), expected) ? Remember(http, expected) : Refused();
            var given = http.Request.Headers[Header].ToString() is { Length: > 0 } header ? header
                : http.Request.Cookies[Cookie] ?? string.Empty;
            return IsRight(given, expected) ? await next(context) : Refused();
        });

    private static bool IsRight(string given, string expected) =>
        expected.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    private static IResult Refused() => Results.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: "The Presidency key is missing or wrong",
        detail: $"Send the key in the {Header} header.");

    /// <summary>The key moves into a strict, HTTP-only cookie and out of the address bar: the same page, its other parameters kept.</summary>
    private static IResult Remember(HttpContext http, string key)
    {
        http.Response.Cookies.Append(Cookie, key, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps, Path = "/" });
        var rest = QueryString.Create(http.Request.Query.Where(p => p.Key != "key"));
        return Results.Redirect((http.Request.Path.Value ?? "/") + rest.ToUriComponent());
    }

    /// <summary>A key for a local host started without one: 256 random bits, printed at start.</summary>
    public static string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
