namespace ProgrammeWorkflows.Adapters.Mail.Templates;

/// <summary>Swedish. A party stands after a preposition (”från Belgien”) or in the s-genitive before a noun (”Nederländernas tidsfrist”).</summary>
public static partial class MailLanguages
{
    internal static MailLanguage Swedish { get; } = new()
    {
        Code = "sv",
        Months = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
        DateForm = "{day} {month} {year}",
        Header = "Europeiska unionens råd · Strategiskt handlingsprogram för tullen",
        Greeting = "Bästa {name},",
        ItemLabel = "Punkt",
        DueLabel = "Tidsfrist:",
        DueWithPhrase = "{date} (i tidsplanen: ”{phrase}”)",
        DueForStatus = "{date} (lägesrapport till årsrapporten)",
        ExtendedByPresidency = ", förlängd av ordförandeskapet",
        NextLabel = "Fortsatt handläggning:",
        CopyLink = "Om knappen inte fungerar, kopiera denna länk till din webbläsare:",
        Footer = "Detta meddelande har skickats av uppföljningen av programmets tidsplan. Svara inte på meddelandet.",
        Invitation = new(
            "Punkt {item}: {party:of} bidrag senast den {date}",
            "Enligt tidsplanen för det strategiska handlingsprogrammet för tullen ombeds {party} att vidta åtgärder enligt punkt {item} nedan.",
            "Svara via länken nedan. Du kan ändra ditt svar tills punkten avslutas; påminnelser skickas endast till parter som inte har svarat.",
            "Svara"),
        Reminder = new(
            "Påminnelse – punkt {item}: senast den {date}",
            "Inget svar har ännu kommit från {party} om punkt {item}.",
            "Svara via länken nedan. Denna länk ersätter länkarna i tidigare meddelanden.",
            "Svara"),
        ExtendedReminder = new(
            "Ny tidsfrist – punkt {item}: senast den {date}",
            "Ordförandeskapet har förlängt {party:of} tidsfrist för punkt {item}.",
            "Svara via länken nedan före den nya tidsfristen; påminnelser skickas tills du har svarat.",
            "Svara"),
        Overdue = new(
            "Försenat svar – punkt {item}: tidsfrist den {date}",
            "Tidsfristen för punkt {item} har löpt ut utan svar från {party}.",
            "Ordförandeskapet har underrättats. Svara nu via länken nedan: ett sent svar avslutar hänskjutandet till ordförandeskapet.",
            "Svara nu"),
        Escalation = new(
            "Hänskjutande till ordförandeskapet – punkt {item}: inget svar från {about} (tidsfrist den {date})",
            "Inget svar har kommit från {about} om punkt {item} inom tidsfristen; ärendet finns i ordförandeskapets förteckning över hänskjutna ärenden.",
            "I förteckningen kan du notera ärendet, förlänga tidsfristen, avstå från svaret eller avsluta ärendet.",
            "Öppna förteckningen över hänskjutna ärenden"),
        Receipt = new(
            "Mottagningsbevis – punkt {item}: svar från {party}, version {version}",
            "Ditt svar för {party:of} räkning om punkt {item} har registrerats som version {version}.",
            "Du kan ändra det tills punkten avslutas; alla versioner sparas.",
            string.Empty),
        ConsolidatedReport = new(
            "Sammanställd rapport – punkt {item} ({cycle})",
            "Den sammanställda rapporten om punkt {item} ({cycle}) finns nu tillgänglig.",
            "Öppna den via länken nedan.",
            "Öppna rapporten"),
        AnnualReport = new(
            "Årsrapport till rådet – {cycle}",
            "Årsrapporten till rådet om uppföljningen av programmet under {cycle} finns nu tillgänglig.",
            "Öppna den via länken nedan.",
            "Öppna rapporten"),
        StatusRequest = new(
            "Begäran om lägesrapport – punkt {item} ({cycle})",
            "Punkt {item} är en stående skyldighet: ordförandeskapet begär {party:of} lägesrapport till årsrapporten till rådet.",
            "Svara via länken nedan. Inga påminnelser skickas för en begäran om lägesrapport.",
            "Lämna lägesrapport"),
        Parties = new Dictionary<string, PartyName>(StringComparer.Ordinal)
        {
            ["BE"] = new("Belgien", "Belgiens"),
            ["DK"] = new("Danmark", "Danmarks"),
            ["DE"] = new("Tyskland", "Tysklands"),
            ["EL"] = new("Grekland", "Greklands"),
            ["ES"] = new("Spanien", "Spaniens"),
            ["FR"] = new("Frankrike", "Frankrikes"),
            ["IE"] = new("Irland", "Irlands"),
            ["IT"] = new("Italien", "Italiens"),
            ["LU"] = new("Luxemburg", "Luxemburgs"),
            ["NL"] = new("Nederländerna", "Nederländernas"),
            ["AT"] = new("Österrike", "Österrikes"),
            ["PT"] = new("Portugal", "Portugals"),
            ["FI"] = new("Finland", "Finlands"),
            ["SE"] = new("Sverige", "Sveriges"),
            ["UK"] = new("Förenade kungariket", "Förenade kungarikets"),
            ["WP"] = new("tullsamarbetsgruppen", "tullsamarbetsgruppens"),
            ["COM"] = new("kommissionen", "kommissionens"),
            ["PRESIDENCY"] = new("ordförandeskapet", "ordförandeskapets"),
        },
    };
}
