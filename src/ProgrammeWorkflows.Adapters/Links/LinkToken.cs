using System.Security.Cryptography;
using System.Text;

namespace ProgrammeWorkflows.Adapters.Links;

/// <summary>A reply-link token: 256 random bits, URL-safe base64 (43 characters); stored only as its SHA-256 hash.</summary>
public static class LinkToken
{
    public const int Length = 43;

    public static string New() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>A token of the right length and alphabet; anything else is refused before any lookup.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: Length } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
