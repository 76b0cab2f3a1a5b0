namespace ProgrammeWorkflows.Adapters.Mail.Templates;

/// <summary>Danish. A party stands after a preposition („fra Belgien”) or in the s-genitive before a noun („Nederlandenes frist”).</summary>
public static partial class MailLanguages
{
    internal static MailLanguage Danish { get; } = new()
    {
        Code = "da",
        Months = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
        DateForm = "{day}. {month} {year}",
        Header = "Rådet for Den Europæiske Union · Strategisk handlingsprogram for toldvæsenet",
        Greeting = "Kære {name},",
        ItemLabel = "Punkt",
        DueLabel = "Frist:",
        DueWithPhrase = "{date} (i tidsplanen: \"{phrase}\")",
        DueForStatus = "{date} (status til årsrapporten)",
        ExtendedByPresidency = ", forlænget af formandskabet",
        NextLabel = "Det videre forløb:",
        CopyLink = "Hvis knappen ikke virker, bedes De kopiere dette link ind i Deres browser:",
        Footer = "Denne meddelelse er sendt af opfølgningen af programmets tidsplan. De bedes ikke besvare den.",
        Invitation = new(
            "Punkt {item}: {party:of} bidrag senest den {date}",
            "I tidsplanen for det strategiske handlingsprogram for toldvæsenet anmodes {party} om at følge op på punkt {item} nedenfor.",
            "De bedes svare via linket nedenfor. De kan ændre Deres svar, indtil punktet afsluttes; der sendes kun påmindelser til parter, der ikke har svaret.",
            "Svar"),
        Reminder = new(
            "Påmindelse – punkt {item}: frist den {date}",
            "Der er endnu ikke modtaget svar fra {party} på punkt {item}.",
            "De bedes svare via linket nedenfor. Dette link erstatter linkene i tidligere meddelelser.",
            "Svar"),
        ExtendedReminder = new(
            "Ny frist – punkt {item}: senest den {date}",
            "Formandskabet har forlænget {party:of} frist for punkt {item}.",
            "De bedes svare via linket nedenfor inden den nye frist; der sendes påmindelser, indtil De har svaret.",
            "Svar"),
        Overdue = new(
            "Fristoverskridelse – punkt {item}: frist den {date}",
            "Fristen for punkt {item} er udløbet uden svar fra {party}.",
            "Formandskabet er underrettet. De bedes svare nu via linket nedenfor: et for sent svar afslutter forelæggelsen for formandskabet.",
            "Svar nu"),
        Escalation = new(
            "Forelæggelse for formandskabet – punkt {item}: intet svar fra {about} (frist den {date})",
            "Der er ikke modtaget svar fra {about} på punkt {item} inden fristen; sagen står på formandskabets liste over forelæggelser.",
            "I listen kan De tage sagen til efterretning, forlænge fristen, give afkald på svaret eller afslutte sagen.",
            "Åbn listen over forelæggelser"),
        Receipt = new(
            "Kvittering – punkt {item}: svar fra {party}, version {version}",
            "Deres svar på vegne af {party} vedrørende punkt {item} er registreret som version {version}.",
            "De kan ændre det, indtil punktet afsluttes; alle versioner opbevares.",
            string.Empty),
        ConsolidatedReport = new(
            "Konsolideret rapport – punkt {item} ({cycle})",
            "Den konsoliderede rapport om punkt {item} ({cycle}) foreligger.",
            "De kan åbne den via linket nedenfor.",
            "Åbn rapporten"),
        AnnualReport = new(
            "Årsrapport til Rådet – {cycle}",
            "Årsrapporten til Rådet om opfølgningen af programmet i {cycle} foreligger.",
            "De kan åbne den via linket nedenfor.",
            "Åbn rapporten"),
        StatusRequest = new(
            "Anmodning om status – punkt {item} ({cycle})",
            "Punkt {item} er en løbende forpligtelse: formandskabet anmoder om {party:of} status til årsrapporten til Rådet.",
            "De bedes svare via linket nedenfor. Der sendes ingen påmindelser om en anmodning om status.",
            "Angiv status"),
        Parties = new Dictionary<string, PartyName>(StringComparer.Ordinal)
        {
            ["BE"] = new("Belgien", "Belgiens"),
            ["DK"] = new("Danmark", "Danmarks"),
            ["DE"] = new("Tyskland", "Tysklands"),
            ["EL"] = new("Grækenland", "Grækenlands"),
            ["ES"] = new("Spanien", "Spaniens"),
            ["FR"] = new("Frankrig", "Frankrigs"),
            ["IE"] = new("Irland", "Irlands"),
            ["IT"] = new("Italien", "Italiens"),
            ["LU"] = new("Luxembourg", "Luxembourgs"),
            ["NL"] = new("Nederlandene", "Nederlandenes"),
            ["AT"] = new("Østrig", "Østrigs"),
            ["PT"] = new("Portugal", "Portugals"),
            ["FI"] = new("Finland", "Finlands"),
            ["SE"] = new("Sverige", "Sveriges"),
            ["UK"] = new("Det Forenede Kongerige", "Det Forenede Kongeriges"),
            ["WP"] = new("Toldsamarbejdsgruppen", "Toldsamarbejdsgruppens"),
            ["COM"] = new("Kommissionen", "Kommissionens"),
            ["PRESIDENCY"] = new("formandskabet", "formandskabets"),
        },
    };
}
