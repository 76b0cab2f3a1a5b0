namespace ProgrammeWorkflows.Adapters.Mail.Acs;

/// <summary>
/// An ACS connection string, <c>endpoint=https://…/;accesskey=…</c>: segments split by ';', keyword and value by the
/// first '=' (base64 padding survives), keywords case-insensitive, whitespace trimmed; duplicates and empty values refused.
/// </summary>
public sealed record AcsConnectionString(string Endpoint, byte[] AccessKey)
{
    public static AcsConnectionString Parse(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var segment in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = segment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
                throw new FormatException($"the connection string segment \"{segment.Split('=')[0]}\" has no value");
            var keyword = segment[..equals].Trim();
            var value = segment[(equals + 1)..].Trim();
            if (value.Length == 0)
                throw new FormatException($"the connection string keyword \"{keyword}\" has an empty value");
            if (!values.TryAdd(keyword, value))
                throw new FormatException($"the connection string keyword \"{keyword}\" appears twice");
        }

        if (!values.TryGetValue("endpoint", out var endpoint) || !values.TryGetValue("accesskey", out var key))
            throw new FormatException("the connection string needs endpoint= and accesskey=");
        byte[] decoded;
        try
        {
            decoded = Convert.FromBase64String(key);
        }
        catch (FormatException)
        {
            throw new FormatException("the access key is not base64");
        }

        return new AcsConnectionString(AcsEndpoint.Parse(endpoint), decoded);
    }
}

/// <summary>
/// The ACS endpoint as configured: https, or plain http on a loopback address only (a local test double). Kept as a
/// string without its trailing '/', so that appending <c>/emails:send</c> never makes <c>//emails:send</c>.
/// </summary>
public static class AcsEndpoint
{
    public static string Parse(string endpoint)
    {
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
            throw new FormatException($"the ACS endpoint \"{endpoint}\" is not an absolute URL");
        if (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
            return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        throw new FormatException($"the ACS endpoint \"{endpoint}\" must be https (plain http only on a loopback address)");
    }
}
