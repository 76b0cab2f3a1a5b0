namespace ProgrammeWorkflows.Adapters.Mail.Templates;

/// <summary>What a mail says, whatever its language: the one model both bodies are rendered from.</summary>
public sealed record MailModel(
    string Kind,
    string Language,
    string RecipientName,
    string PartyName,
    int Item,
    string Section,
    string ItemText,
    string Cycle,
    DateOnly? DueDate,
    string DuePhrase,
    string? Link,
    string? AboutParty,
    int? Version,
    bool Extended);
