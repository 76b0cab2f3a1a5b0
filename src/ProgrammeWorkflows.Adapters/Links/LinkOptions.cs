using System.ComponentModel.DataAnnotations;

namespace ProgrammeWorkflows.Adapters.Links;

/// <summary>One key that reply links are derived with: an id carried in every link, and at least 256 secret bits.</summary>
public sealed class LinkKey
{
    /// <summary>Lower-case letters, digits and dashes, 1 to 16 characters: carried in the link, so a rotated-out key's links still verify.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Base64 of at least 32 random bytes (<c>openssl rand -base64 32</c>); in Azure a Key Vault reference.</summary>
    public string Secret { get; set; } = string.Empty;
}

/// <summary>
/// Section <c>Links</c>: where reply links point (the public address of the web endpoints), and the keys they are
/// derived with: <c>Keys:0</c> derives new links, every key listed verifies them, so a rotation puts the new key first
/// and keeps the old one until the links it made have closed.
/// </summary>
public sealed class LinkOptions
{
    public const string Section = "Links";

    [Required]
    [Url]
    public string BaseUrl { get; set; } = "http://127.0.0.1:5080";

    public List<LinkKey> Keys { get; set; } = [];
}
