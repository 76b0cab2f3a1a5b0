using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Adapters.Links;

/// <summary>
/// A reply-link token, derived and never stored: <c>{scope}.{key id}.{generation}.{mac}</c>, the scope (programme,
/// item, cycle, party, delegate) in URL-safe base64, the generation of the scope (0 until a revocation), and 192 bits of
/// HMAC-SHA256 over all of it with the key named. The same scope and generation give the same token, so every mail of
/// an item cycle carries the same link; only the key, in Key Vault or the local data folder, makes or checks one.
/// </summary>
public static class LinkToken
{
    /// <summary>Room for the longest scope: an address of 254 characters, each field escaped, in base64.</summary>
    public const int MaxLength = 1200;
    private const int MacBytes = 24;

    public static string Derive(LinkScope scope, int generation, string keyId, byte[] secret)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentOutOfRangeException.ThrowIfNegative(generation);
        var body = $"{Base64Url(Encoding.UTF8.GetBytes(ScopeText(scope)))}.{keyId}.{generation.ToString(CultureInfo.InvariantCulture)}";
        var token = $"{body}.{Base64Url(Mac(body, secret))}";
        return token.Length <= MaxLength ? token : throw new ArgumentException($"the scope of {scope.DelegateId} makes a link of {token.Length} characters, more than {MaxLength}", nameof(scope));
    }

    /// <summary>The scope and generation of a token its key made, or null for anything else (malformed, unknown key, wrong mac).</summary>
    public static (LinkScope Scope, int Generation)? Verify(string? token, Func<string, byte[]?> secretOf)
    {
        ArgumentNullException.ThrowIfNull(secretOf);
        if (token is not { Length: > 0 and <= MaxLength } || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            return null;
        var parts = token.Split('.');
        if (parts.Length != 4 || secretOf(parts[1]) is not { } secret
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var generation) || FromBase64Url(parts[3]) is not { Length: MacBytes } mac)
            return null;
        if (!CryptographicOperations.FixedTimeEquals(mac, Mac($"{parts[0]}.{parts[1]}.{parts[2]}", secret)))
            return null;
        var scope = FromBase64Url(parts[0]) is { } text ? Encoding.UTF8.GetString(text).Split('|').Select(Uri.UnescapeDataString).ToArray() : [];
        return scope.Length == 5 && int.TryParse(scope[1], NumberStyles.None, CultureInfo.InvariantCulture, out var item)
            ? (new LinkScope(scope[0], item, scope[2], scope[3], scope[4]), generation)
            : null;
    }

    /// <summary>The five fields, each escaped (an address may hold a <c>|</c>), joined by <c>|</c>.</summary>
    private static string ScopeText(LinkScope scope) =>
        string.Join('|', new[] { scope.ProgrammeId, scope.Item.ToString(CultureInfo.InvariantCulture), scope.Cycle, scope.Party, scope.DelegateId }.Select(Uri.EscapeDataString));

    private static byte[] Mac(string body, byte[] secret) => HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes("reply-link-v1|" + body))[..MacBytes];

    private static string Base64Url(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);

    private static byte[]? FromBase64Url(string text)
    {
        try
        {
            return System.Buffers.Text.Base64Url.DecodeFromChars(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
