namespace ProgrammeWorkflows.Adapters.Mail.Templates;

/// <summary>German. Sentences name a party in the genitive after a noun („die Frist Belgiens“, „der Niederlande“), so no verb agrees with a name.</summary>
public static partial class MailLanguages
{
    internal static MailLanguage German { get; } = new()
    {
        Code = "de",
        Months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
        DateForm = "{day}. {month} {year}",
        Header = "Rat der Europäischen Union · Strategisches Aktionsprogramm für den Zoll",
        Greeting = "Sehr geehrte Damen und Herren ({name}),",
        ItemLabel = "Punkt",
        DueLabel = "Frist:",
        DueWithPhrase = "{date} (im Zeitplan: „{phrase}“)",
        DueForStatus = "{date} (Sachstand für den Jahresbericht)",
        ExtendedByPresidency = ", vom Vorsitz verlängert",
        NextLabel = "Weiteres Vorgehen:",
        CopyLink = "Falls die Schaltfläche nicht funktioniert, kopieren Sie bitte diesen Link in Ihren Browser:",
        Footer = "Diese Nachricht wurde von der Nachverfolgung des Zeitplans des Programms versandt. Bitte antworten Sie nicht auf diese Nachricht.",
        Invitation = new(
            "Punkt {item}: Beitrag {party:of} bis zum {date}",
            "Nach dem Zeitplan des strategischen Aktionsprogramms für den Zoll ist zu dem nachstehenden Punkt {item} ein Beitrag {party:of} vorgesehen.",
            "Bitte antworten Sie über den nachstehenden Link. Sie können Ihre Antwort bis zum Abschluss des Punktes ändern; Erinnerungen erhalten nur Parteien, die noch nicht geantwortet haben.",
            "Antworten"),
        Reminder = new(
            "Erinnerung – Punkt {item}: fällig am {date}",
            "Die Antwort {party:of} zu Punkt {item} liegt noch nicht vor.",
            "Bitte antworten Sie über den nachstehenden Link. Dieser Link ersetzt die Links früherer Nachrichten.",
            "Antworten"),
        ExtendedReminder = new(
            "Neue Frist – Punkt {item}: fällig am {date}",
            "Der Vorsitz hat die Frist {party:of} für Punkt {item} verlängert.",
            "Bitte antworten Sie bis zur neuen Frist über den nachstehenden Link; bis zu Ihrer Antwort folgen weitere Erinnerungen.",
            "Antworten"),
        Overdue = new(
            "Fristüberschreitung – Punkt {item}: fällig am {date}",
            "Die Frist für Punkt {item} ist abgelaufen, ohne dass eine Antwort {party:of} eingegangen ist.",
            "Der Vorsitz wurde unterrichtet. Bitte antworten Sie jetzt über den nachstehenden Link: Eine verspätete Antwort erledigt die Vorlage an den Vorsitz.",
            "Jetzt antworten"),
        Escalation = new(
            "Vorlage an den Vorsitz – Punkt {item}: Antwort {about:of} zum {date} ausgeblieben",
            "Die Antwort {about:of} zu Punkt {item} ist nicht fristgerecht eingegangen; der Fall steht in der Liste der Vorlagen an den Vorsitz.",
            "Sie können den Fall dort zur Kenntnis nehmen, die Frist verlängern, auf die Antwort verzichten oder den Fall abschließen.",
            "Liste der Vorlagen öffnen"),
        Receipt = new(
            "Empfangsbestätigung – Punkt {item}: Antwort {party:of}, Fassung {version}",
            "Ihre Antwort im Namen {party:of} zu Punkt {item} ist als Fassung {version} erfasst.",
            "Sie können sie bis zum Abschluss des Punktes ändern; jede Fassung wird aufbewahrt.",
            string.Empty),
        ConsolidatedReport = new(
            "Konsolidierter Bericht – Punkt {item} ({cycle})",
            "Der konsolidierte Bericht zu Punkt {item} ({cycle}) liegt vor.",
            "Sie können ihn über den nachstehenden Link öffnen.",
            "Bericht öffnen"),
        AnnualReport = new(
            "Jahresbericht an den Rat – {cycle}",
            "Der Jahresbericht an den Rat über die Folgemaßnahmen zum Programm im Jahr {cycle} liegt vor.",
            "Sie können ihn über den nachstehenden Link öffnen.",
            "Bericht öffnen"),
        StatusRequest = new(
            "Sachstandsanfrage – Punkt {item} ({cycle})",
            "Punkt {item} ist eine ständige Verpflichtung: Der Vorsitz bittet für den Jahresbericht an den Rat um den Sachstand {party:of}.",
            "Bitte antworten Sie über den nachstehenden Link. Zu einer Sachstandsanfrage gibt es keine Erinnerungen.",
            "Sachstand angeben"),
        Parties = new Dictionary<string, PartyName>(StringComparer.Ordinal)
        {
            ["BE"] = new("Belgien", "Belgiens"),
            ["DK"] = new("Dänemark", "Dänemarks"),
            ["DE"] = new("Deutschland", "Deutschlands"),
            ["EL"] = new("Griechenland", "Griechenlands"),
            ["ES"] = new("Spanien", "Spaniens"),
            ["FR"] = new("Frankreich", "Frankreichs"),
            ["IE"] = new("Irland", "Irlands"),
            ["IT"] = new("Italien", "Italiens"),
            ["LU"] = new("Luxemburg", "Luxemburgs"),
            ["NL"] = new("die Niederlande", "der Niederlande"),
            ["AT"] = new("Österreich", "Österreichs"),
            ["PT"] = new("Portugal", "Portugals"),
            ["FI"] = new("Finnland", "Finnlands"),
            ["SE"] = new("Schweden", "Schwedens"),
            ["UK"] = new("das Vereinigte Königreich", "des Vereinigten Königreichs"),
            ["WP"] = new("die Gruppe „Zusammenarbeit im Zollwesen“", "der Gruppe „Zusammenarbeit im Zollwesen“"),
            ["COM"] = new("die Kommission", "der Kommission"),
            ["PRESIDENCY"] = new("der Vorsitz", "des Vorsitzes"),
        },
    };
}
