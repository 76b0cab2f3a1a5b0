using System.ComponentModel.DataAnnotations;

namespace ProgrammeWorkflows.Adapters.Links;

/// <summary>Section <c>Links</c>: where reply links point (the public address of the web endpoints).</summary>
public sealed class LinkOptions
{
    public const string Section = "Links";

    [Required]
    [Url]
    public string BaseUrl { get; set; } = "http://127.0.0.1:5080";
}
