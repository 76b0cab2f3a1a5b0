using System.ComponentModel.DataAnnotations;

namespace ProgrammeWorkflows.Adapters.Storage;

/// <summary>
/// Where the project's own data lives: an Azure Storage account (Azurite locally). Section <c>Storage</c>.
/// Either a connection string (Azurite, or an account with shared keys), or the service URIs reached by a managed
/// identity (Azure, where shared keys are off).
/// </summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    public string ConnectionString { get; set; } = string.Empty;

    public Uri? BlobServiceUri { get; set; }

    public Uri? TableServiceUri { get; set; }

    /// <summary>The client id of the user-assigned identity; empty for the default credential chain.</summary>
    public string ManagedIdentityClientId { get; set; } = string.Empty;

    /// <summary>Prefixed to every table and container name, so several systems (or tests) share an account. Letters and digits.</summary>
    [RegularExpression("^[a-zA-Z0-9]{0,20}$")]
    public string TablePrefix { get; set; } = string.Empty;

    public bool UsesIdentity => ConnectionString.Length == 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ConnectionString.Length == 0 && (BlobServiceUri is null || TableServiceUri is null))
            yield return new ValidationResult("Set Storage:ConnectionString, or Storage:BlobServiceUri and Storage:TableServiceUri for a managed identity.", [nameof(ConnectionString)]);
    }
}
