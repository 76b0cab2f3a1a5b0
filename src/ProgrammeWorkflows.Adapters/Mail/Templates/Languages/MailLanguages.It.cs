namespace ProgrammeWorkflows.Adapters.Mail.Templates;

/// <summary>Italian. Sentences name a party after « di » with its article (del, della, dei, dell') or as an object, so no verb agrees with a name.</summary>
public static partial class MailLanguages
{
    internal static MailLanguage Italian { get; } = new()
    {
        Code = "it",
        Months = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
        DateForm = "{day} {month} {year}",
        FirstDay = "1º",
        Header = "Consiglio dell'Unione europea · Programma d'azione strategico per le dogane",
        Greeting = "Gentile {name},",
        ItemLabel = "Punto",
        DueLabel = "Scadenza:",
        DueWithPhrase = "{date} (il calendario indica \"{phrase}\")",
        DueForStatus = "{date} (stato di avanzamento, per la relazione annuale)",
        ExtendedByPresidency = ", termine prorogato dalla presidenza",
        NextLabel = "Seguito:",
        CopyLink = "Se il pulsante non funziona, copiare il seguente link nel browser:",
        Footer = "Il presente messaggio è inviato dal sistema di monitoraggio del calendario del programma. Si prega di non rispondere.",
        Invitation = new(
            "Punto {item}: contributo {party:of} entro il {date}",
            "Il calendario del programma d'azione strategico per le dogane invita {party} a dare seguito al punto {item}, riportato di seguito.",
            "Rispondere tramite il link sottostante. La risposta può essere modificata fino alla chiusura del punto; i solleciti sono inviati solo alle parti che non hanno risposto.",
            "Rispondere"),
        Reminder = new(
            "Sollecito – punto {item}: scadenza il {date}",
            "La risposta {party:of} sul punto {item} non è ancora pervenuta.",
            "Rispondere tramite il link sottostante. Il presente link sostituisce quelli dei messaggi precedenti.",
            "Rispondere"),
        ExtendedReminder = new(
            "Nuova scadenza – punto {item}: entro il {date}",
            "La presidenza ha prorogato il termine {party:of} per il punto {item}.",
            "Rispondere tramite il link sottostante entro la nuova scadenza; seguiranno solleciti fino alla risposta.",
            "Rispondere"),
        Overdue = new(
            "Ritardo – punto {item}: scadenza il {date}",
            "Il termine del punto {item} è scaduto senza una risposta {party:of}.",
            "La presidenza ne è stata informata. Rispondere ora tramite il link sottostante: una risposta tardiva chiude la segnalazione.",
            "Rispondere ora"),
        Escalation = new(
            "Segnalazione – punto {item}: manca la risposta {about:of} (scadenza {date})",
            "La risposta {about:of} sul punto {item} non è pervenuta entro il termine; il caso figura nell'elenco delle segnalazioni della presidenza.",
            "Nell'elenco è possibile prenderne atto, prorogare il termine, rinunciare alla risposta o chiudere il caso.",
            "Aprire l'elenco delle segnalazioni"),
        Receipt = new(
            "Ricevuta – punto {item}: risposta {party:of}, versione {version}",
            "La risposta trasmessa a nome {party:of} sul punto {item} è registrata come versione {version}.",
            "La risposta può essere modificata fino alla chiusura del punto; ogni versione è conservata.",
            string.Empty),
        ConsolidatedReport = new(
            "Relazione consolidata – punto {item} ({cycle})",
            "La relazione consolidata del punto {item} ({cycle}) è disponibile.",
            "È possibile consultarla tramite il link sottostante.",
            "Aprire la relazione"),
        AnnualReport = new(
            "Relazione annuale al Consiglio – {cycle}",
            "La relazione annuale al Consiglio sul seguito dato al programma nel {cycle} è disponibile.",
            "È possibile consultarla tramite il link sottostante.",
            "Aprire la relazione"),
        StatusRequest = new(
            "Richiesta dello stato di avanzamento – punto {item} ({cycle})",
            "Il punto {item} è un obbligo permanente: la presidenza chiede lo stato di avanzamento {party:of} per la relazione annuale al Consiglio.",
            "Rispondere tramite il link sottostante. Per una richiesta dello stato di avanzamento non sono previsti solleciti.",
            "Indicare lo stato di avanzamento"),
        Parties = new Dictionary<string, PartyName>(StringComparer.Ordinal)
        {
            ["BE"] = new("il Belgio", "del Belgio"),
            ["DK"] = new("la Danimarca", "della Danimarca"),
            ["DE"] = new("la Germania", "della Germania"),
            ["EL"] = new("la Grecia", "della Grecia"),
            ["ES"] = new("la Spagna", "della Spagna"),
            ["FR"] = new("la Francia", "della Francia"),
            ["IE"] = new("l'Irlanda", "dell'Irlanda"),
            ["IT"] = new("l'Italia", "dell'Italia"),
            ["LU"] = new("il Lussemburgo", "del Lussemburgo"),
            ["NL"] = new("i Paesi Bassi", "dei Paesi Bassi"),
            ["AT"] = new("l'Austria", "dell'Austria"),
            ["PT"] = new("il Portogallo", "del Portogallo"),
            ["FI"] = new("la Finlandia", "della Finlandia"),
            ["SE"] = new("la Svezia", "della Svezia"),
            ["UK"] = new("il Regno Unito", "del Regno Unito"),
            ["WP"] = new("il gruppo \"Cooperazione doganale\"", "del gruppo \"Cooperazione doganale\""),
            ["COM"] = new("la Commissione", "della Commissione"),
            ["PRESIDENCY"] = new("la presidenza", "della presidenza"),
        },
    };
}
