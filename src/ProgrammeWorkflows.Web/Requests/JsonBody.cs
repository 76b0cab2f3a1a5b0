using System.Text.Json;
using System.Text.Json.Serialization;
using ProgrammeWorkflows.Web.Errors;

namespace ProgrammeWorkflows.Web.Requests;

/// <summary>
/// Reads a JSON body strictly (a member the type does not have is refused): 415 when it is not JSON, 400 naming
/// <c>body</c> when it does not parse. The one way the API reads what a script posts.
/// </summary>
public static class JsonBody
{
    public static readonly JsonSerializerOptions Strict = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    /// <summary>True when the request carries a body at all (a length, or a chunked one).</summary>
    public static bool IsPresent(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0;
    }

    /// <param name="title">The title of the 400 (what is not valid).</param>
    /// <param name="unsupported">The title and detail of the 415 (what to send).</param>
    /// <param name="malformed">How the message of a body that does not parse starts.</param>
    public static async Task<Checked<T>> ReadAsync<T>(HttpRequest request, string title, (string Title, string Detail) unsupported, string? malformed = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasJsonContentType())
            return Problems.Unsupported(unsupported.Title, unsupported.Detail);
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, Strict, request.HttpContext.RequestAborted) is { } body
                ? body
                : Problems.Invalid(title, "body", "the body is null");
        }
        catch (JsonException e)
        {
            return Problems.Invalid(title, "body", malformed is null ? e.Message : $"{malformed}: {e.Message}");
        }
    }
}
