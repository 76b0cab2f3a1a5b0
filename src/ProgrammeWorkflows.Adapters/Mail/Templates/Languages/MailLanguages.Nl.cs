namespace ProgrammeWorkflows.Adapters.Mail.Templates;

/// <summary>Dutch. Sentences name a party after a preposition („van België”, „namens het Verenigd Koninkrijk”).</summary>
public static partial class MailLanguages
{
    internal static MailLanguage Dutch { get; } = new()
    {
        Code = "nl",
        Months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        DateForm = "{day} {month} {year}",
        Header = "Raad van de Europese Unie · Strategisch actieprogramma voor de douane",
        Greeting = "Geachte {name},",
        ItemLabel = "Punt",
        DueLabel = "Termijn:",
        DueWithPhrase = "{date} (in het tijdschema: „{phrase}”)",
        DueForStatus = "{date} (stand van zaken, voor het jaarverslag)",
        ExtendedByPresidency = ", verlengd door het voorzitterschap",
        NextLabel = "Vervolg:",
        CopyLink = "Als de knop niet werkt, kopieer dan deze link naar uw browser:",
        Footer = "Dit bericht is verzonden door de follow-up van het tijdschema van het programma. Gelieve niet op dit bericht te antwoorden.",
        Invitation = new(
            "Punt {item}: bijdrage {party:of} uiterlijk {date}",
            "Volgens het tijdschema van het strategisch actieprogramma voor de douane wordt {party} verzocht gevolg te geven aan punt {item} hieronder.",
            "Antwoord via de onderstaande link. U kunt uw antwoord wijzigen tot het punt wordt afgesloten; herinneringen worden alleen gestuurd aan partijen die nog niet hebben geantwoord.",
            "Antwoorden"),
        Reminder = new(
            "Herinnering – punt {item}: uiterlijk {date}",
            "Het antwoord {party:of} op punt {item} is nog niet ontvangen.",
            "Antwoord via de onderstaande link. Deze link vervangt die in eerdere berichten.",
            "Antwoorden"),
        ExtendedReminder = new(
            "Nieuwe termijn – punt {item}: uiterlijk {date}",
            "Het voorzitterschap heeft de termijn {party:of} voor punt {item} verlengd.",
            "Antwoord vóór de nieuwe datum via de onderstaande link; er volgen herinneringen totdat u hebt geantwoord.",
            "Antwoorden"),
        Overdue = new(
            "Termijn verstreken – punt {item}: uiterlijk {date}",
            "De termijn voor punt {item} is verstreken zonder antwoord {party:of}.",
            "Het voorzitterschap is op de hoogte gebracht. Antwoord nu via de onderstaande link: met een laat antwoord wordt de melding afgesloten.",
            "Nu antwoorden"),
        Escalation = new(
            "Melding aan het voorzitterschap – punt {item}: geen antwoord {about:of} (termijn {date})",
            "Het antwoord {about:of} op punt {item} is niet binnen de termijn ontvangen; de zaak staat in de lijst van meldingen van het voorzitterschap.",
            "In de lijst kunt u er kennis van nemen, de termijn verlengen, van het antwoord afzien of de zaak afsluiten.",
            "De lijst van meldingen openen"),
        Receipt = new(
            "Ontvangstbevestiging – punt {item}: antwoord {party:of}, versie {version}",
            "Uw antwoord namens {party} op punt {item} is geregistreerd als versie {version}.",
            "U kunt het wijzigen tot het punt wordt afgesloten; elke versie wordt bewaard.",
            string.Empty),
        ConsolidatedReport = new(
            "Geconsolideerd verslag – punt {item} ({cycle})",
            "Het geconsolideerde verslag over punt {item} ({cycle}) is beschikbaar.",
            "U kunt het openen via de onderstaande link.",
            "Het verslag openen"),
        AnnualReport = new(
            "Jaarverslag aan de Raad – {cycle}",
            "Het jaarverslag aan de Raad over de follow-up van het programma in {cycle} is beschikbaar.",
            "U kunt het openen via de onderstaande link.",
            "Het verslag openen"),
        StatusRequest = new(
            "Verzoek om de stand van zaken – punt {item} ({cycle})",
            "Punt {item} is een permanente verplichting: het voorzitterschap verzoekt om de stand van zaken {party:of} voor het jaarverslag aan de Raad.",
            "Antwoord via de onderstaande link. Bij een verzoek om de stand van zaken worden geen herinneringen gestuurd.",
            "De stand van zaken geven"),
        Parties = new Dictionary<string, PartyName>(StringComparer.Ordinal)
        {
            ["BE"] = new("België", "van België"),
            ["DK"] = new("Denemarken", "van Denemarken"),
            ["DE"] = new("Duitsland", "van Duitsland"),
            ["EL"] = new("Griekenland", "van Griekenland"),
            ["ES"] = new("Spanje", "van Spanje"),
            ["FR"] = new("Frankrijk", "van Frankrijk"),
            ["IE"] = new("Ierland", "van Ierland"),
            ["IT"] = new("Italië", "van Italië"),
            ["LU"] = new("Luxemburg", "van Luxemburg"),
            ["NL"] = new("Nederland", "van Nederland"),
            ["AT"] = new("Oostenrijk", "van Oostenrijk"),
            ["PT"] = new("Portugal", "van Portugal"),
            ["FI"] = new("Finland", "van Finland"),
            ["SE"] = new("Zweden", "van Zweden"),
            ["UK"] = new("het Verenigd Koninkrijk", "van het Verenigd Koninkrijk"),
            ["WP"] = new("de Groep douanesamenwerking", "van de Groep douanesamenwerking"),
            ["COM"] = new("de Commissie", "van de Commissie"),
            ["PRESIDENCY"] = new("het voorzitterschap", "van het voorzitterschap"),
        },
    };
}
