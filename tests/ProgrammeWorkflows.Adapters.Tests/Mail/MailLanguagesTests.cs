using System.Net;
using System.Text.RegularExpressions;
using ProgrammeWorkflows.Adapters.Mail;
using ProgrammeWorkflows.Adapters.Mail.Templates;
using ProgrammeWorkflows.Domain.Delegates;
using ProgrammeWorkflows.Domain.Programme;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Adapters.Tests.Mail;

/// <summary>Every kind of mail in each of the eleven languages, through the real composer: all of it translated, names and dates included.</summary>
public sealed partial class MailLanguagesTests
{
    /// <summary>Each kind as the workflows record it: kind, sequence, party (the Presidency for escalations), item (1 is a standing obligation).</summary>
    private static readonly (string Kind, string Sequence, string Party, int Item)[] Kinds =
    [
        (NotificationKinds.Invitation, "0", "BE", 6),
        (NotificationKinds.Reminder, "r1", "BE", 6),
        (NotificationKinds.Reminder, "x1", "BE", 6),
        (NotificationKinds.Overdue, "r0-0", "BE", 6),
        (NotificationKinds.Escalation, "NL-r0-l1", NotificationKinds.Presidency, 6),
        (NotificationKinds.Receipt, "v3", "BE", 6),
        (NotificationKinds.ConsolidatedReport, "0", NotificationKinds.Presidency, 6),
        (NotificationKinds.AnnualReport, "0", NotificationKinds.Presidency, 0),
        (NotificationKinds.StatusRequest, "0", "BE", 1),
    ];

    public static TheoryData<string> OtherLanguages() => [.. Languages.Supported.Where(l => l != "en")];

    public static TheoryData<string, string, string> EveryKindInEveryLanguage()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var language in Languages.Supported)
        {
            foreach (var (kind, sequence, _, _) in Kinds)
                data.Add(language, kind, sequence);
        }

        return data;
    }

    private static Task<OutgoingMail> ComposeAsync(string language, string kind, string sequence)
    {
        var (_, _, party, item) = Kinds.Single(k => k.Kind == kind && k.Sequence == sequence);
        return MailSamples.ComposeAsync(MailSamples.Record(kind, sequence, language, party: party, item: item));
    }

    [Fact]
    public void The_mail_templates_cover_exactly_the_languages_the_directory_takes()
    {
        Assert.Equal(Languages.Supported.Order(StringComparer.Ordinal), MailLanguages.All.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_language_names_every_party_of_1997_and_the_Presidency_in_both_forms()
    {
        var codes = BuiltInProgrammes.CustomsActionProgramme.Parties.Parties.Select(p => p.Code).Append(NotificationKinds.Presidency).Order(StringComparer.Ordinal).ToList();
        Assert.All(MailLanguages.All.Values, language =>
        {
            Assert.Equal(codes, language.Parties.Keys.Order(StringComparer.Ordinal));
            Assert.All(language.Parties.Values, name => Assert.False(string.IsNullOrWhiteSpace(name.Name) || string.IsNullOrWhiteSpace(name.Of), $"{language.Code}: {name}"));
            Assert.Equal(12, language.Months.Distinct(StringComparer.Ordinal).Count());
        });
    }

    [Theory]
    [MemberData(nameof(EveryKindInEveryLanguage))]
    public async Task Every_kind_renders_in_every_language_with_every_placeholder_filled(string language, string kind, string sequence)
    {
        var mail = await ComposeAsync(language, kind, sequence);

        Assert.Contains($"<html lang=\"{language}\">", mail.Html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\{[A-Za-z:]+\}", mail.Subject + mail.Text + mail.Html);
        Assert.False(string.IsNullOrWhiteSpace(mail.Subject));
        Assert.Contains(MailLanguages.All[language].Date(new DateOnly(1998, 3, 31)), mail.Subject + mail.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// The test that fails on an untranslated string: every sentence and label of the English mail (subject, greeting,
    /// lead, labels, the due line, what happens next, the button, the header, the copy-link line, the footer) is looked
    /// for in the same mail in each other language; only the timetable's own words (item text, section, deadline phrase)
    /// and the link stay as written.
    /// </summary>
    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public async Task No_English_sentence_or_label_is_left_in_another_language(string language)
    {
        foreach (var (kind, sequence, _, _) in Kinds)
        {
            var english = await ComposeAsync("en", kind, sequence);
            var other = await ComposeAsync(language, kind, sequence);
            var translated = Readable(other);

            var left = Fragments(english).Where(f => translated.Contains(f, StringComparison.Ordinal)).ToList();
            Assert.True(left.Count == 0, $"{language} {kind} {sequence} still says in English: {string.Join(" | ", left)}");
            Assert.NotEqual(english.Subject, other.Subject);
        }
    }

    /// <summary>A party name left in English fails, whichever sentence it stands in: every party, as the party written to and as the party an escalation is about.</summary>
    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public async Task No_party_is_named_in_English_in_another_language(string language)
    {
        var english = MailLanguages.All["en"].Parties;
        var own = MailLanguages.All[language].Parties;
        foreach (var (code, name) in english.Where(p => p.Key != NotificationKinds.Presidency && !own[p.Key].Name.Contains(p.Value.Name, StringComparison.Ordinal)))
        {
            foreach (var (kind, sequence, party) in new[] { (NotificationKinds.Reminder, "r1", code), (NotificationKinds.Receipt, "v1", code), (NotificationKinds.Escalation, $"{code}-r0-l1", NotificationKinds.Presidency) })
            {
                var mail = await MailSamples.ComposeAsync(MailSamples.Record(kind, sequence, language, party: party));
                var readable = Readable(mail);
                Assert.False(readable.Contains(name.Name, StringComparison.Ordinal), $"{language} {kind} names {code} \"{name.Name}\"");
                Assert.True(readable.Contains(own[code].Name, StringComparison.Ordinal) || readable.Contains(own[code].Of, StringComparison.Ordinal), $"{language} {kind} does not name {code}");
            }
        }
    }

    [Theory]
    [InlineData("de", "DE", "Carla Schmidt", "Punkt 6: Beitrag Deutschlands bis zum 31. März 1998")]
    [InlineData("fr", "BE", "Anne Peeters", "Point 6 : contribution attendue de la Belgique d'ici le 31 mars 1998")]
    [InlineData("nl", "BE", "Yves Martin", "Punt 6: bijdrage van België uiterlijk 31 maart 1998")]
    [InlineData("da", "DK", "Bruno Jensen", "Punkt 6: Danmarks bidrag senest den 31. marts 1998")]
    [InlineData("el", "EL", "Dimitri Papadopoulos", "Σημείο 6: συμβολή της Ελλάδας έως τις 31 Μαρτίου 1998")]
    [InlineData("es", "ES", "Elena Garcia", "Punto 6: contribución de España a más tardar el 31 de marzo de 1998")]
    [InlineData("it", "IT", "Giulia Rossi", "Punto 6: contributo dell'Italia entro il 31 marzo 1998")]
    [InlineData("nl", "NL", "Ilse de Vries", "Punt 6: bijdrage van Nederland uiterlijk 31 maart 1998")]
    [InlineData("de", "AT", "Johann Gruber", "Punkt 6: Beitrag Österreichs bis zum 31. März 1998")]
    [InlineData("pt", "PT", "Luisa Santos", "Ponto 6: contributo de Portugal até 31 de março de 1998")]
    [InlineData("fi", "FI", "Mikko Virtanen", "Kohta 6: Suomen selvitys viimeistään 31. maaliskuuta 1998")]
    [InlineData("sv", "FI", "Aino Peeters", "Punkt 6: Finlands bidrag senast den 31 mars 1998")]
    [InlineData("sv", "SE", "Nils Andersson", "Punkt 6: Sveriges bidrag senast den 31 mars 1998")]
    [InlineData("en", "UK", "Olivia Smith", "Item 6: what the United Kingdom owes by 31 March 1998")]
    public async Task An_invitation_names_the_party_and_the_date_in_the_delegates_language(string language, string party, string name, string subject)
    {
        var mail = await MailSamples.ComposeAsync(MailSamples.Record(language: language, name: name, party: party));

        Assert.Equal(subject, mail.Subject);
        Assert.Contains(name, mail.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "BE", "Signalement – point 6 : échéance du 31 mars 1998 non respectée par la Belgique")]
    [InlineData("fr", "NL", "Signalement – point 6 : échéance du 31 mars 1998 non respectée par les Pays-Bas")]
    [InlineData("de", "UK", "Vorlage an den Vorsitz – Punkt 6: Antwort des Vereinigten Königreichs zum 31. März 1998 ausgeblieben")]
    [InlineData("el", "NL", "Παραπομπή στην Προεδρία – σημείο 6: δεν υπάρχει απάντηση των Κάτω Χωρών (προθεσμία 31 Μαρτίου 1998)")]
    [InlineData("it", "DK", "Segnalazione – punto 6: manca la risposta della Danimarca (scadenza 31 marzo 1998)")]
    [InlineData("es", "UK", "Remisión a la Presidencia – punto 6: falta la respuesta del Reino Unido (plazo: 31 de marzo de 1998)")]
    [InlineData("fi", "NL", "Puheenjohtajavaltion käsiteltäväksi – kohta 6: Alankomaiden vastaus puuttuu (määräaika 31. maaliskuuta 1998)")]
    [InlineData("en", "NL", "Escalation – item 6: the Netherlands missed 31 March 1998")]
    public async Task An_escalation_names_the_party_it_is_about_in_the_Presidency_contacts_language(string language, string about, string subject)
    {
        var mail = await MailSamples.ComposeAsync(MailSamples.Record(NotificationKinds.Escalation, $"{about}-r0-l1", language, party: NotificationKinds.Presidency));

        Assert.Equal(subject, mail.Subject);
    }

    [Fact]
    public async Task A_sentence_that_starts_with_a_party_starts_with_a_capital()
    {
        var mail = await MailSamples.ComposeAsync(MailSamples.Record(NotificationKinds.Reminder, "r1", "en", party: "NL"));

        Assert.Contains("The Netherlands has not yet answered on item 6.", mail.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "31 March 1998", "1 July 1997", "31 May 1998")]
    [InlineData("fr", "31 mars 1998", "1er juillet 1997", "31 mai 1998")]
    [InlineData("de", "31. März 1998", "1. Juli 1997", "31. Mai 1998")]
    [InlineData("nl", "31 maart 1998", "1 juli 1997", "31 mei 1998")]
    [InlineData("da", "31. marts 1998", "1. juli 1997", "31. maj 1998")]
    [InlineData("sv", "31 mars 1998", "1 juli 1997", "31 maj 1998")]
    [InlineData("fi", "31. maaliskuuta 1998", "1. heinäkuuta 1997", "31. toukokuuta 1998")]
    [InlineData("el", "31 Μαρτίου 1998", "1 Ιουλίου 1997", "31 Μαΐου 1998")]
    [InlineData("it", "31 marzo 1998", "1º luglio 1997", "31 maggio 1998")]
    [InlineData("es", "31 de marzo de 1998", "1 de julio de 1997", "31 de mayo de 1998")]
    [InlineData("pt", "31 de março de 1998", "1 de julho de 1997", "31 de maio de 1998")]
    public void Dates_are_written_with_the_languages_own_month_names_and_order(string language, string march, string july, string may)
    {
        var catalogue = MailLanguages.All[language];

        Assert.Equal(
            [march, july, may],
            [catalogue.Date(new DateOnly(1998, 3, 31)), catalogue.Date(new DateOnly(1997, 7, 1)), catalogue.Date(new DateOnly(1998, 5, 31))]);
    }

    [Fact]
    public async Task A_language_without_templates_is_refused_not_replaced_by_English()
    {
        var refusal = await Assert.ThrowsAsync<ArgumentException>(() => MailSamples.ComposeAsync(MailSamples.Record(language: "ga")));

        Assert.Contains("\"ga\"", refusal.Message, StringComparison.Ordinal);
        Assert.Contains(string.Join(", ", Languages.Supported), refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_that_names_a_placeholder_a_mail_does_not_have_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => MailLanguage.Fill("Item {itme}", new Dictionary<string, string>(StringComparer.Ordinal) { ["item"] = "6" }));
    }

    /// <summary>What a reader sees of a mail: the subject, the plain text, the words of the html (tags dropped, entities read).</summary>
    private static string Readable(OutgoingMail mail) =>
        string.Join("\n", mail.Subject, mail.Text, WebUtility.HtmlDecode(Tag().Replace(mail.Html, "\n")));

    /// <summary>
    /// The sentences and labels of a mail, split after . ; : and ·, with the timetable's own words and the link taken
    /// out: each fragment left holds words the mail's language wrote.
    /// </summary>
    private static IEnumerable<string> Fragments(OutgoingMail english)
    {
        var timetable = BuiltInProgrammes.CustomsActionProgramme.Items.Where(i => i.Number is 1 or 6).SelectMany(i => new[] { i.Text, i.Section, i.Deadline.Text }).Where(w => w.Length > 0).OrderByDescending(w => w.Length).ToList();
        var readable = Readable(english);
        foreach (var words in timetable)
            readable = readable.Replace(words, "\n", StringComparison.Ordinal);
        return Break().Split(readable)
            .Select(f => f.Trim())
            .Where(f => f.Count(char.IsLetter) >= 3)
            .Distinct(StringComparer.Ordinal);
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<=[.;:·])\s+|\n+|https://\S+")]
    private static partial Regex Break();
}
