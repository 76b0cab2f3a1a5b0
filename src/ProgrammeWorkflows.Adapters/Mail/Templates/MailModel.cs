namespace ProgrammeWorkflows.Adapters.Mail.Templates;

/// <summary>
/// What a mail says, whatever its language: the one model both bodies are rendered from. Parties are given by code
/// (<see cref="Party"/>, <see cref="About"/>: the party an escalation is about) with the programme's name for them; the
/// language's catalogue names them in its own words.
/// </summary>
public sealed record MailModel(
    string Kind,
    string Language,
    string RecipientName,
    string Party,
    string PartyName,
    int Item,
    string Section,
    string ItemText,
    string Cycle,
    DateOnly? DueDate,
    string DuePhrase,
    string? Link,
    string? About,
    string? AboutName,
    int? Version,
    bool Extended);
