using System.Globalization;
using System.Text.RegularExpressions;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Adapters.Mail.Templates;

/// <summary>
/// The words of one kind of mail, as templates. A template names what it shows in braces: <c>{item}</c>, <c>{date}</c>
/// (the due date, in the language's own form), <c>{cycle}</c>, <c>{version}</c>, <c>{name}</c> (the recipient),
/// <c>{phrase}</c> (the timetable's deadline phrase, as written), <c>{party}</c> and <c>{party:of}</c> (the party the
/// mail is about, see <see cref="PartyName"/>), <c>{about}</c> and <c>{about:of}</c> (the party an escalation is
/// about). A placeholder written with a capital (<c>{Party}</c>) starts a sentence: the value gets a capital too.
/// </summary>
public sealed record MailKindWords(string Subject, string Lead, string Next, string Button);

/// <summary>
/// A party's name in one language, in the two forms the language's templates use: <see cref="Name"/> as it stands
/// alone or after a preposition that does not merge with an article ("Belgium", "la Belgique", "η Γερμανία"), and
/// <see cref="Of"/> as the one whose answer, deadline or status it is, with the preposition where the language writes
/// one and merges it with the article ("of Belgium", "du Danemark", "des Vereinigten Königreichs", "Belgian",
/// "Belgiens"). The templates of each language are written so that these two forms are all they need: no verb agrees
/// with a name and no name is declined otherwise.
/// </summary>
public sealed record PartyName(string Name, string Of);

/// <summary>
/// Everything a mail says in one language: the words around every mail, the words of each kind, how a date is
/// written (with the language's own month names: the system runs culture-invariant) and the names of the parties.
/// One of these stands in each file of <c>Templates/Languages</c>; the logic that fills them in is here, once.
/// </summary>
public sealed partial record MailLanguage
{
    /// <summary>The ISO 639-1 code, one of <see cref="Domain.Delegates.Languages.Supported"/>.</summary>
    public required string Code { get; init; }

    /// <summary>The twelve month names, in the form a date uses (the genitive in Greek, the partitive in Finnish).</summary>
    public required IReadOnlyList<string> Months { get; init; }

    /// <summary>How a date is written, from <c>{day}</c>, <c>{month}</c> and <c>{year}</c>: "{day}. {month} {year}".</summary>
    public required string DateForm { get; init; }

    /// <summary>How the first day of a month is written where it is not "1" (French "1er").</summary>
    public string FirstDay { get; init; } = "1";

    public required string Header { get; init; }

    public required string Greeting { get; init; }

    public required string ItemLabel { get; init; }

    public required string DueLabel { get; init; }

    /// <summary>The due date beside the timetable's own phrase: <c>{date}</c> and <c>{phrase}</c>.</summary>
    public required string DueWithPhrase { get; init; }

    /// <summary>The due date of a standing obligation's status (no phrase).</summary>
    public required string DueForStatus { get; init; }

    /// <summary>Appended to the due date a Presidency extended.</summary>
    public required string ExtendedByPresidency { get; init; }

    public required string NextLabel { get; init; }

    public required string CopyLink { get; init; }

    public required string Footer { get; init; }

    public required MailKindWords Invitation { get; init; }

    public required MailKindWords Reminder { get; init; }

    /// <summary>The reminder that gives a party the new date the Presidency set.</summary>
    public required MailKindWords ExtendedReminder { get; init; }

    public required MailKindWords Overdue { get; init; }

    public required MailKindWords Escalation { get; init; }

    public required MailKindWords Receipt { get; init; }

    public required MailKindWords ConsolidatedReport { get; init; }

    public required MailKindWords AnnualReport { get; init; }

    public required MailKindWords StatusRequest { get; init; }

    /// <summary>The parties by code: the 15 Member States, WP, COM and PRESIDENCY.</summary>
    public required IReadOnlyDictionary<string, PartyName> Parties { get; init; }

    /// <summary>The words of a kind; a kind this catalogue does not know gets a subject of its item label and number only.</summary>
    public MailKindWords WordsOf(string kind, bool extended) => kind switch
    {
        NotificationKinds.Invitation => Invitation,
        NotificationKinds.Reminder when extended => ExtendedReminder,
        NotificationKinds.Reminder => Reminder,
        NotificationKinds.Overdue => Overdue,
        NotificationKinds.Escalation => Escalation,
        NotificationKinds.Receipt => Receipt,
        NotificationKinds.ConsolidatedReport => ConsolidatedReport,
        NotificationKinds.AnnualReport => AnnualReport,
        NotificationKinds.StatusRequest => StatusRequest,
        _ => new MailKindWords(ItemLabel + " {item}", string.Empty, string.Empty, string.Empty),
    };

    /// <summary>A date in this language: "31 March 1998", "31. März 1998", "31 Μαρτίου 1998", "1er avril 1998".</summary>
    public string Date(DateOnly? date) => date is { } d
        ? Fill(DateForm, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["day"] = d.Day == 1 ? FirstDay : d.Day.ToString(CultureInfo.InvariantCulture),
            ["month"] = Months[d.Month - 1],
            ["year"] = d.Year.ToString(CultureInfo.InvariantCulture),
        })
        : string.Empty;

    /// <summary>A party's names in this language; a party the catalogue does not know (another programme's) keeps the programme's name.</summary>
    public PartyName NameOf(string code, string programmeName) =>
        Parties.TryGetValue(code, out var name) ? name : new PartyName(programmeName, programmeName);

    /// <summary>
    /// Fills a template in one pass (a value is never read as a template). A placeholder the values do not have is a
    /// mistake in a catalogue, and throws: the tests render every kind in every language.
    /// </summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        return Placeholder().Replace(template, match =>
        {
            var key = match.Groups[1].Value;
            var lower = char.ToLowerInvariant(key[0]) + key[1..];
            if (!values.TryGetValue(lower, out var value))
                throw new InvalidOperationException($"the template \"{template}\" names {match.Value}, which a mail does not have");
            return key[0] != lower[0] && value.Length > 0 ? char.ToUpperInvariant(value[0]) + value[1..] : value;
        });
    }

    [GeneratedRegex(@"\{([A-Za-z]+(?::[a-z]+)?)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
