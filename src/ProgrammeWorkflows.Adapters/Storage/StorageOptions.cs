using System.ComponentModel.DataAnnotations;

namespace ProgrammeWorkflows.Adapters.Storage;

/// <summary>Where the project's own data lives: an Azure Storage account (Azurite locally). Section <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>A storage connection string (Azurite's, or an account's).</summary>
    [Required]
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>Prefixed to every table and container name, so several systems (or tests) share an account. Letters and digits.</summary>
    [RegularExpression("^[a-zA-Z0-9]{0,20}$")]
    public string TablePrefix { get; set; } = string.Empty;
}
