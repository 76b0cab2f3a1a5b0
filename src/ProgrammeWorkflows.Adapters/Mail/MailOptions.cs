using System.ComponentModel.DataAnnotations;

namespace ProgrammeWorkflows.Adapters.Mail;

public enum MailTransportKind
{
    Folder,
    Smtp,
    Acs,
}

/// <summary>Section <c>Email</c>: which transport sends the outbox, and its settings.</summary>
public sealed class MailOptions : IValidatableObject
{
    public const string Section = "Email";

    public MailTransportKind Transport { get; set; } = MailTransportKind.Folder;

    /// <summary>The sender for SMTP and the folder (ACS has its own verified sender address).</summary>
    [EmailAddress]
    public string From { get; set; } = "DoNotReply@programme-workflows.example";

    public AcsMailOptions Acs { get; set; } = new();

    public SmtpMailOptions Smtp { get; set; } = new();

    public FolderMailOptions Folder { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        switch (Transport)
        {
            case MailTransportKind.Acs when Acs.ConnectionString.Length == 0 && Acs.Endpoint.Length == 0:
                yield return new ValidationResult("Email:Acs needs ConnectionString, or Endpoint for a managed identity.");
                break;
            case MailTransportKind.Acs when Acs.SenderAddress.Length == 0:
                yield return new ValidationResult("Email:Acs:SenderAddress is required (a MailFrom address of the linked domain).");
                break;
            case MailTransportKind.Acs when Acs.TimeoutSeconds is < 1 or > 600:
                yield return new ValidationResult("Email:Acs:TimeoutSeconds must be from 1 to 600.");
                break;
            case MailTransportKind.Smtp when Smtp.Host.Length == 0 || Smtp.Port is < 1 or > 65535:
                yield return new ValidationResult("Email:Smtp needs Host and a Port from 1 to 65535.");
                break;
            case MailTransportKind.Folder when Folder.Path.Length == 0:
                yield return new ValidationResult("Email:Folder:Path is required.");
                break;
        }
    }
}

public sealed class AcsMailOptions
{
    /// <summary><c>endpoint=https://…/;accesskey=…</c> (HMAC signing).</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>The resource endpoint, for a managed identity (no key).</summary>
    public string Endpoint { get; set; } = string.Empty;

    public string ManagedIdentityClientId { get; set; } = string.Empty;

    public string SenderAddress { get; set; } = string.Empty;

    /// <summary>How long one request may take before it is abandoned and retried (Azure.Core's network timeout).</summary>
    public int TimeoutSeconds { get; set; } = 100;
}

public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
    Auto,
}

public sealed class SmtpMailOptions
{
    public string Host { get; set; } = string.Empty;

    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    public string User { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;
}

public sealed class FolderMailOptions
{
    public string Path { get; set; } = "out/outbox";
}
