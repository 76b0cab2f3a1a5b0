namespace ProgrammeWorkflows.Adapters.Mail.Templates;

/// <summary>French. Sentences name a party after « de » (du, des, de l') or as an object, so that no verb agrees with « les Pays-Bas ».</summary>
public static partial class MailLanguages
{
    internal static MailLanguage French { get; } = new()
    {
        Code = "fr",
        Months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        DateForm = "{day} {month} {year}",
        FirstDay = "1er",
        Header = "Conseil de l'Union européenne · Programme d'action stratégique pour les douanes",
        Greeting = "Madame, Monsieur ({name}),",
        ItemLabel = "Point",
        DueLabel = "Échéance :",
        DueWithPhrase = "{date} (le calendrier indique « {phrase} »)",
        DueForStatus = "{date} (état d'avancement, pour le rapport annuel)",
        ExtendedByPresidency = ", délai prorogé par la présidence",
        NextLabel = "Suite :",
        CopyLink = "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",
        Footer = "Ce message est envoyé par le suivi du calendrier du programme. Merci de ne pas y répondre.",
        Invitation = new(
            "Point {item} : contribution attendue {party:of} d'ici le {date}",
            "Le calendrier du programme d'action stratégique pour les douanes invite {party} à donner suite au point {item}, ci-dessous.",
            "Répondez par le lien ci-dessous. Vous pouvez modifier votre réponse jusqu'à la clôture du point ; les rappels ne sont adressés qu'aux parties qui n'ont pas répondu.",
            "Répondre"),
        Reminder = new(
            "Rappel – point {item} : échéance le {date}",
            "La réponse {party:of} sur le point {item} n'est pas encore parvenue.",
            "Répondez par le lien ci-dessous. Ce lien remplace ceux des messages précédents.",
            "Répondre"),
        ExtendedReminder = new(
            "Nouvelle échéance – point {item} : le {date}",
            "La présidence a prorogé le délai {party:of} pour le point {item}.",
            "Répondez par le lien ci-dessous avant la nouvelle échéance ; des rappels suivront jusqu'à votre réponse.",
            "Répondre"),
        Overdue = new(
            "Retard – point {item} : échéance le {date}",
            "L'échéance du point {item} est passée sans réponse {party:of}.",
            "La présidence en a été informée. Répondez dès maintenant par le lien ci-dessous : une réponse tardive clôt le signalement.",
            "Répondre maintenant"),
        Escalation = new(
            "Signalement – point {item} : échéance du {date} non respectée par {about}",
            "La réponse {about:of} sur le point {item} n'est pas parvenue dans le délai ; le cas figure dans la file des signalements de la présidence.",
            "Vous pouvez en prendre acte, proroger le délai, y renoncer ou le clore dans la file.",
            "Ouvrir la file des signalements"),
        Receipt = new(
            "Accusé de réception – point {item} : réponse {party:of}, version {version}",
            "Votre réponse au nom {party:of} sur le point {item} est enregistrée (version {version}).",
            "Vous pouvez la modifier jusqu'à la clôture du point ; chaque version est conservée.",
            string.Empty),
        ConsolidatedReport = new(
            "Rapport consolidé – point {item} ({cycle})",
            "Le rapport consolidé du point {item} ({cycle}) est disponible.",
            "Consultez-le par le lien ci-dessous.",
            "Ouvrir le rapport"),
        AnnualReport = new(
            "Rapport annuel au Conseil – {cycle}",
            "Le rapport annuel au Conseil sur le suivi du programme en {cycle} est disponible.",
            "Consultez-le par le lien ci-dessous.",
            "Ouvrir le rapport"),
        StatusRequest = new(
            "Demande d'état d'avancement – point {item} ({cycle})",
            "Le point {item} est une obligation permanente : la présidence demande l'état d'avancement {party:of}, pour le rapport annuel au Conseil.",
            "Répondez par le lien ci-dessous. Une demande d'état d'avancement ne donne pas lieu à des rappels.",
            "Indiquer l'état d'avancement"),
        Parties = new Dictionary<string, PartyName>(StringComparer.Ordinal)
        {
            ["BE"] = new("la Belgique", "de la Belgique"),
            ["DK"] = new("le Danemark", "du Danemark"),
            ["DE"] = new("l'Allemagne", "de l'Allemagne"),
            ["EL"] = new("la Grèce", "de la Grèce"),
            ["ES"] = new("l'Espagne", "de l'Espagne"),
            ["FR"] = new("la France", "de la France"),
            ["IE"] = new("l'Irlande", "de l'Irlande"),
            ["IT"] = new("l'Italie", "de l'Italie"),
            ["LU"] = new("le Luxembourg", "du Luxembourg"),
            ["NL"] = new("les Pays-Bas", "des Pays-Bas"),
            ["AT"] = new("l'Autriche", "de l'Autriche"),
            ["PT"] = new("le Portugal", "du Portugal"),
            ["FI"] = new("la Finlande", "de la Finlande"),
            ["SE"] = new("la Suède", "de la Suède"),
            ["UK"] = new("le Royaume-Uni", "du Royaume-Uni"),
            ["WP"] = new("le groupe « Coopération douanière »", "du groupe « Coopération douanière »"),
            ["COM"] = new("la Commission", "de la Commission"),
            ["PRESIDENCY"] = new("la présidence", "de la présidence"),
        },
    };
}
