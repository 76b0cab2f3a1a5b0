using System.CommandLine;
using System.Net.Http.Json;
using System.Text.Json;
using ProgrammeWorkflows.Local.Hosting;
using ProgrammeWorkflows.Local.Web;

namespace ProgrammeWorkflows.Local.CommandLine;

/// <summary>
/// A running <c>serve</c>, reached through its API: <c>--url</c> (default the serve address) and the Presidency key
/// (<c>--key</c>, then <c>Presidency:Key</c>, then the key <c>serve</c> kept in its data folder).
/// </summary>
internal sealed class RunningHost(Uri address, string key) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };

    public Uri Address => address;

    public static Option<string?> UrlOption() => new("--url") { Description = $"The running serve. Default {LocalWebHost.DefaultUrls} (Urls)." };

    public static Option<string?> KeyOption() => new("--key") { Description = "The Presidency key. Default Presidency:Key, or the key serve kept in its data folder." };

    /// <summary>The host the options name, or a message saying what is missing.</summary>
    public static (RunningHost? Host, string? Problem) From(ParseResult result, Option<string?> url, Option<string?> key)
    {
        ArgumentNullException.ThrowIfNull(result);
        var configuration = LocalConfiguration.Build(new Dictionary<string, string?> { ["Urls"] = result.GetValue(url), ["Presidency:Key"] = result.GetValue(key) });
        var text = configuration["Urls"] is { Length: > 0 } configured ? configured.Split(';')[0] : LocalWebHost.DefaultUrls;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
            return (null, $"--url: \"{text}\" is not an http(s) address");
        var presidencyKey = configuration["Presidency:Key"] is { Length: > 0 } given ? given : LocalDataFolder.Of(configuration).ReadKey();
        return presidencyKey is null
            ? (null, "no Presidency key: give --key, set Presidency__Key, or run this where serve keeps its data folder")
            : (new RunningHost(address, presidencyKey), null);
    }

    public async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add(ProgrammeWorkflows.Web.Security.PresidencyKey.Header, key);
        return await SendAsync(request, cancellationToken);
    }

    public async Task<(HttpResponseMessage Response, JsonElement Body)> GetAsync(string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(ProgrammeWorkflows.Web.Security.PresidencyKey.Header, key);
        return await SendAsync(request, cancellationToken);
    }

    /// <summary>What a refused request said: the problem's title and detail, and each field's errors.</summary>
    public static string Describe(HttpResponseMessage response, JsonElement body)
    {
        ArgumentNullException.ThrowIfNull(response);
        var parts = new List<string> { $"{(int)response.StatusCode} {response.ReasonPhrase}" };
        if (body.ValueKind == JsonValueKind.Object)
        {
            foreach (var name in new[] { "title", "detail" })
            {
                if (body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                    parts.Add(value.GetString()!);
            }

            if (body.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
                parts.AddRange(errors.EnumerateObject().SelectMany(e => e.Value.EnumerateArray().Select(m => $"{e.Name}: {m.GetString()}")));
        }

        return string.Join(": ", parts);
    }

    public void Dispose() => http.Dispose();

    private async Task<(HttpResponseMessage, JsonElement)> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var body = text.Length > 0 && response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true
                ? JsonDocument.Parse(text).RootElement.Clone()
                : default;
            return (response, body);
        }
        catch (HttpRequestException e)
        {
            throw new HttpRequestException($"no host answers at {address} ({e.Message}); is `serve` running there?", e);
        }
    }
}
