using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ProgrammeWorkflows.Web.Security;

/// <summary>Section <c>Presidency</c>: the local host's key for the Presidency and administration routes.</summary>
public sealed class PresidencyOptions
{
    public const string Section = "Presidency";

    /// <summary>Sent as the <c>x-functions-key</c> header (as Azure's function keys are), or given once as <c>/presidency?key=…</c>, which keeps it in a cookie.</summary>
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

    public static RouteGroupBuilder RequirePresidencyKey(this RouteGroupBuilder group) =>
        group.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var expected = http.RequestServices.GetRequiredService<IOptions<PresidencyOptions>>().Value.Key;
            var given = http.Request.Headers[Header].ToString() is { Length: > 0 } header ? header
                : http.Request.Cookies[Cookie] is { Length: > 0 } cookie ? cookie
                : HttpMethods.IsGet(http.Request.Method) ? http.Request.Query["key"].ToString()
                : string.Empty;
            if (expected.Length == 0 || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected)))
            {
                return Results.Problem(
                    statusCode: StatusCodes.Status401Unauthorized,
                    title: "The Presidency key is missing or wrong",
                    detail: $"Send the key in the {Header} header.");
            }

            return await next(context);
        });

    /// <summary>
    /// A page opened once with <c>?key=…</c>: the key moves into a strict, HTTP-only cookie and out of the address bar
    /// (the redirect to the same page without it). Null when the address carries no key.
    /// </summary>
    public static IResult? RememberFromQuery(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Request.Query["key"].ToString() is not { Length: > 0 } key)
            return null;
        http.Response.Cookies.Append(Cookie, key, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps, Path = "/" });
        return Results.Redirect(http.Request.Path.Value ?? "/");
    }

    /// <summary>A key for a local host started without one: 256 random bits, printed at start.</summary>
    public static string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
