using System.Security.Cryptography;

namespace ProgrammeWorkflows.Web.Security;

/// <summary>Section <c>Presidency</c>: the local host's own key, with every role (<see cref="SignIn"/>).</summary>
public sealed class PresidencyOptions
{
    public const string Section = "Presidency";

    /// <summary>Sent as the <c>x-functions-key</c> header, or given once in a page's address as <c>/presidency?key=…</c>, which keeps it in a cookie.</summary>
    public string Key { get; set; } = string.Empty;
}

/// <summary>Where a key goes: the <c>x-functions-key</c> header (as Azure's function keys), or the page cookie; never an address that stays.</summary>
public static class PresidencyKey
{
    public const string Header = "x-functions-key";
    public const string Cookie = "presidency-key";

    /// <summary>A key for a local host started without one: 256 random bits, printed at start.</summary>
    public static string Generate() => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
