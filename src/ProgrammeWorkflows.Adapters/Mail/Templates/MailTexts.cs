using System.Globalization;

namespace ProgrammeWorkflows.Adapters.Mail.Templates;

/// <summary>
/// The words of one mail, in the recipient's language: the catalogue of that language (<see cref="MailLanguages"/>,
/// one file a language in <c>Templates/Languages</c>) filled in with the model. Each says plainly what is owed, by when
/// (the date in the language, beside the timetable's own phrase as written), and what happens next. A language
/// without a catalogue is refused, never replaced by another.
/// </summary>
public sealed record MailTexts(string Subject, string Header, string Greeting, string Lead, string ItemLabel, string DueLabel, string Due, string NextLabel, string Next, string Button, string CopyLink, string Footer)
{
    public static MailTexts For(MailModel m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var language = MailLanguages.Of(m.Language);
        var party = language.NameOf(m.Party, m.PartyName);
        var about = m.About is null ? new PartyName(string.Empty, string.Empty) : language.NameOf(m.About, m.AboutName ?? m.About);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["item"] = m.Item.ToString(CultureInfo.InvariantCulture),
            ["date"] = language.Date(m.DueDate),
            ["cycle"] = m.Cycle,
            ["version"] = m.Version?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            ["name"] = m.RecipientName,
            ["phrase"] = m.DuePhrase,
            ["party"] = party.Name,
            ["party:of"] = party.Of,
            ["about"] = about.Name,
            ["about:of"] = about.Of,
        };
        string Fill(string template) => MailLanguage.Fill(template, values);

        var words = language.WordsOf(m.Kind, m.Extended);
        var due = Fill(m.DuePhrase.Length > 0 ? language.DueWithPhrase : language.DueForStatus) + (m.Extended ? Fill(language.ExtendedByPresidency) : string.Empty);
        return new MailTexts(
            Fill(words.Subject),
            Fill(language.Header),
            Fill(language.Greeting),
            Fill(words.Lead),
            Fill(language.ItemLabel),
            Fill(language.DueLabel),
            due,
            Fill(language.NextLabel),
            Fill(words.Next),
            Fill(words.Button),
            Fill(language.CopyLink),
            Fill(language.Footer));
    }

    /// <summary>The plain-text body, from the same words.</summary>
    public string Text(MailModel m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var lines = new List<string> { Greeting, string.Empty, Lead, string.Empty };
        if (m.Item > 0)
            lines.AddRange([$"{ItemLabel} {m.Item} ({m.Section})", m.ItemText, string.Empty]);
        if (m.DueDate is not null)
            lines.AddRange([$"{DueLabel} {Due}", string.Empty]);
        lines.AddRange([$"{NextLabel} {Next}", string.Empty]);
        if (m.Link is not null)
            lines.AddRange([$"{Button}: {m.Link}", string.Empty]);
        lines.Add(Footer);
        return string.Join("\r\n", lines);
    }
}
