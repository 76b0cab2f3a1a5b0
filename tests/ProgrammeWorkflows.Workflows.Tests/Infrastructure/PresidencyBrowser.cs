using System.Text.RegularExpressions;
using ProgrammeWorkflows.Web.Security;

namespace ProgrammeWorkflows.Workflows.Tests.Infrastructure;

/// <summary>
/// What a browser holds after opening the Presidency's page with the key in its cookie: the cookies it sends back (the
/// key's and the antiforgery one) and the antiforgery token the page's forms carry. Posts are built as a browser builds
/// them, with the cookies in a <c>Cookie</c> header (the key is never in the <c>x-functions-key</c> header here).
/// </summary>
public sealed partial record PresidencyBrowser(string KeyCookie, string AntiforgeryCookie, string Token)
{
    public static async Task<PresidencyBrowser> OpenAsync(WorkflowHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = host.Http.BaseAddress };
        var keyCookie = $"{PresidencyKey.Cookie}={host.PresidencyKey}";
        using var request = new HttpRequestMessage(HttpMethod.Get, "/presidency");
        request.Headers.Add("Cookie", keyCookie);
        using var page = await http.SendAsync(request);
        page.EnsureSuccessStatusCode();
        var antiforgery = page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("presidency-antiforgery=", StringComparison.Ordinal));
        var token = TokenField().Match(await page.Content.ReadAsStringAsync()) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("the page carries no antiforgery token");
        return new PresidencyBrowser(keyCookie, antiforgery, token);
    }

    /// <summary>A decision posted from the page's form: the cookies, the token (unless <paramref name="token"/> says otherwise) and the given headers.</summary>
    public HttpRequestMessage Decide(string escalation, string action, IEnumerable<KeyValuePair<string, string>> fields, string? token = null, bool withAntiforgeryCookie = true, params (string Name, string Value)[] headers)
    {
        var form = fields.ToList();
        if ((token ?? Token) is { Length: > 0 } sent)
            form.Add(new(PageForms.TokenField, sent));
        var request = new HttpRequestMessage(HttpMethod.Post, $"/presidency/escalations/{escalation}/{action}") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("Cookie", withAntiforgeryCookie ? $"{KeyCookie}; {AntiforgeryCookie}" : KeyCookie);
        foreach (var (name, value) in headers)
            request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
