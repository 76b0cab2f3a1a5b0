using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ProgrammeWorkflows.Adapters.Mail.Acs;

/// <summary>
/// Signs each attempt with the access key (HMAC-SHA256), as the ACS contract says: a per-retry policy, so every retry is
/// signed again with a fresh date. The body is the exact bytes sent, kept on the message as <see cref="BodyProperty"/>.
/// </summary>
public sealed class AcsHmacPolicy(byte[] accessKey, TimeProvider time) : HttpPipelinePolicy
{
    public const string BodyProperty = "acs-body";

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Sign(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Sign(message);
        return ProcessNextAsync(message, pipeline);
    }

    /// <summary>The string to sign and its signature, for one request: <c>VERB\npathAndQuery\ndate;host;contentHash</c>.</summary>
    public static (string ContentHash, string Signature) Compute(byte[] key, string verb, Uri uri, string date, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var contentHash = Convert.ToBase64String(SHA256.HashData(body));
        var toSign = $"{verb.ToUpperInvariant()}\n{uri.PathAndQuery}\n{date};{uri.Authority};{contentHash}";
        var signature = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(toSign)));
        return (contentHash, signature);
    }

    private void Sign(HttpMessage message)
    {
        var body = message.TryGetProperty(BodyProperty, out var value) && value is byte[] bytes ? bytes : [];
        var date = time.GetUtcNow().ToString("r", CultureInfo.InvariantCulture);
        var uri = message.Request.Uri.ToUri();
        var (contentHash, signature) = Compute(accessKey, message.Request.Method.Method, uri, date, body);
        message.Request.Headers.SetValue("x-ms-date", date);
        message.Request.Headers.SetValue("Date", date);
        message.Request.Headers.SetValue("x-ms-content-sha256", contentHash);
        message.Request.Headers.SetValue("Authorization", $"HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature={signature}");
    }
}
