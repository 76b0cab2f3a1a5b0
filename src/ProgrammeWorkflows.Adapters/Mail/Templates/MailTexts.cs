using System.Globalization;

namespace ProgrammeWorkflows.Adapters.Mail.Templates;

/// <summary>
/// The words of a mail in one language, for one kind: English and French; any other language falls back to English.
/// Each says plainly what is owed, by when (the date and the timetable's own phrase), and what happens next.
/// </summary>
public sealed record MailTexts(string Subject, string Header, string Greeting, string Lead, string ItemLabel, string DueLabel, string Due, string NextLabel, string Next, string Button, string CopyLink, string Footer)
{
    public static IReadOnlyList<string> Languages { get; } = ["en", "fr"];

    public static MailTexts For(MailModel m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return m.Language == "fr" ? French(m) : English(m);
    }

    private static readonly string[] EnglishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] FrenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    /// <summary>"31 March 1998", "31 mars 1998": the system runs culture-invariant, so mails name their months themselves.</summary>
    private static string Date(DateOnly? date, string[] months) =>
        date is { } d ? $"{d.Day.ToString(CultureInfo.InvariantCulture)} {months[d.Month - 1]} {d.Year.ToString(CultureInfo.InvariantCulture)}" : string.Empty;

    private static MailTexts English(MailModel m)
    {
        var date = Date(m.DueDate, EnglishMonths);
        var due = m.DuePhrase.Length > 0 ? $"{date} (the timetable says \"{m.DuePhrase}\")" : $"{date} (its status, for the annual report)";
        if (m.Extended)
            due += ", as extended by the Presidency";
        var (subject, lead, next, button) = m.Kind switch
        {
            "invitation" => ($"Item {m.Item}: what {m.PartyName} owes by {date}", $"The timetable of the strategic action programme for customs asks {m.PartyName} to act on item {m.Item}, below.", "Answer through the link below. You may amend your answer until the item closes; reminders go only to parties that have not answered.", "Answer"),
            "reminder" when m.Extended => ($"New date – item {m.Item}: due {date}", $"The Presidency has extended the deadline of {m.PartyName} for item {m.Item}.", "Answer through the link below by the new date; reminders will follow until you do.", "Answer"),
            "reminder" => ($"Reminder – item {m.Item}: due {date}", $"{m.PartyName} has not yet answered on item {m.Item}.", "Answer through the link below. This link replaces those in earlier mails.", "Answer"),
            "overdue" => ($"Overdue – item {m.Item}: due {date}", $"The deadline of item {m.Item} has passed without an answer from {m.PartyName}.", "The Presidency has been told. Answer now through the link below: a late answer resolves the escalation.", "Answer now"),
            "escalation" => ($"Escalation – item {m.Item}: {m.AboutParty} missed {date}", $"{m.AboutParty} has not answered on item {m.Item} by its deadline; it is in the Presidency's escalation queue.", "You may acknowledge, extend, waive or resolve it in the queue.", "Open the escalation queue"),
            "receipt" => ($"Receipt – item {m.Item}: answer of {m.PartyName}, version {m.Version}", $"Your answer for {m.PartyName} on item {m.Item} is recorded as version {m.Version}.", "You may amend it until the item closes; every version is kept.", string.Empty),
            "consolidated-report" => ($"Consolidated report – item {m.Item} ({m.Cycle})", $"The consolidated report of item {m.Item} ({m.Cycle}) is ready.", "Open it through the link below.", "Open the report"),
            "annual-report" => ($"Annual report to the Council – {m.Cycle}", $"The annual report to the Council on the follow-up of the programme in {m.Cycle} is ready.", "Open it through the link below.", "Open the report"),
            "status-request" => ($"Status request – item {m.Item} ({m.Cycle})", $"Item {m.Item} is a standing obligation: the Presidency asks {m.PartyName} for its status, for the annual report to the Council.", "Answer through the link below. There are no reminders for a status request.", "Give the status"),
            _ => ($"Item {m.Item}", string.Empty, string.Empty, string.Empty),
        };
        return new MailTexts(subject, "Council of the European Union · Strategic action programme for customs", $"Dear {m.RecipientName},", lead, "Item", "Due:", due, "What happens next:", next, button, "If the button does not work, copy this link into your browser:", "This mail was sent by the follow-up of the programme's timetable. Please do not reply to it.");
    }

    private static MailTexts French(MailModel m)
    {
        var date = Date(m.DueDate, FrenchMonths);
        var due = m.DuePhrase.Length > 0 ? $"{date} (le calendrier indique « {m.DuePhrase} »)" : $"{date} (état d'avancement, pour le rapport annuel)";
        if (m.Extended)
            due += ", délai prorogé par la présidence";
        var (subject, lead, next, button) = m.Kind switch
        {
            "invitation" => ($"Point {m.Item} : ce que {m.PartyName} doit fournir d'ici le {date}", $"Le calendrier du programme d'action stratégique pour les douanes invite {m.PartyName} à donner suite au point {m.Item}, ci-dessous.", "Répondez par le lien ci-dessous. Vous pouvez modifier votre réponse jusqu'à la clôture du point ; les rappels ne sont adressés qu'aux parties qui n'ont pas répondu.", "Répondre"),
            "reminder" when m.Extended => ($"Nouvelle échéance – point {m.Item} : le {date}", $"La présidence a prorogé le délai de {m.PartyName} pour le point {m.Item}.", "Répondez par le lien ci-dessous avant la nouvelle échéance ; des rappels suivront jusqu'à votre réponse.", "Répondre"),
            "reminder" => ($"Rappel – point {m.Item} : échéance le {date}", $"{m.PartyName} n'a pas encore répondu au point {m.Item}.", "Répondez par le lien ci-dessous. Ce lien remplace ceux des messages précédents.", "Répondre"),
            "overdue" => ($"Retard – point {m.Item} : échéance le {date}", $"L'échéance du point {m.Item} est passée sans réponse de {m.PartyName}.", "La présidence en a été informée. Répondez dès maintenant par le lien ci-dessous : une réponse tardive clôt le signalement.", "Répondre maintenant"),
            "escalation" => ($"Signalement – point {m.Item} : {m.AboutParty}, échéance du {date} manquée", $"{m.AboutParty} n'a pas répondu au point {m.Item} dans le délai ; le cas figure dans la file des signalements de la présidence.", "Vous pouvez en prendre acte, proroger le délai, y renoncer ou le clore dans la file.", "Ouvrir la file des signalements"),
            "receipt" => ($"Accusé de réception – point {m.Item} : réponse de {m.PartyName}, version {m.Version}", $"Votre réponse au nom de {m.PartyName} sur le point {m.Item} est enregistrée (version {m.Version}).", "Vous pouvez la modifier jusqu'à la clôture du point ; chaque version est conservée.", string.Empty),
            "consolidated-report" => ($"Rapport consolidé – point {m.Item} ({m.Cycle})", $"Le rapport consolidé du point {m.Item} ({m.Cycle}) est disponible.", "Consultez-le par le lien ci-dessous.", "Ouvrir le rapport"),
            "annual-report" => ($"Rapport annuel au Conseil – {m.Cycle}", $"Le rapport annuel au Conseil sur le suivi du programme en {m.Cycle} est disponible.", "Consultez-le par le lien ci-dessous.", "Ouvrir le rapport"),
            "status-request" => ($"Demande d'état d'avancement – point {m.Item} ({m.Cycle})", $"Le point {m.Item} est une obligation permanente : la présidence demande à {m.PartyName} son état d'avancement, pour le rapport annuel au Conseil.", "Répondez par le lien ci-dessous. Une demande d'état d'avancement ne donne pas lieu à des rappels.", "Indiquer l'état d'avancement"),
            _ => ($"Point {m.Item}", string.Empty, string.Empty, string.Empty),
        };
        return new MailTexts(subject, "Conseil de l'Union européenne · Programme d'action stratégique pour les douanes", $"Madame, Monsieur ({m.RecipientName}),", lead, "Point", "Échéance :", due, "Suite :", next, button, "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :", "Ce message est envoyé par le suivi du calendrier du programme. Merci de ne pas y répondre.");
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
