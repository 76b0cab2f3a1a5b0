namespace ProgrammeWorkflows.Adapters.Mail.Templates;

/// <summary>English.</summary>
public static partial class MailLanguages
{
    internal static MailLanguage English { get; } = new()
    {
        Code = "en",
        Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        DateForm = "{day} {month} {year}",
        Header = "Council of the European Union · Strategic action programme for customs",
        Greeting = "Dear {name},",
        ItemLabel = "Item",
        DueLabel = "Due:",
        DueWithPhrase = "{date} (the timetable says \"{phrase}\")",
        DueForStatus = "{date} (its status, for the annual report)",
        ExtendedByPresidency = ", as extended by the Presidency",
        NextLabel = "What happens next:",
        CopyLink = "If the button does not work, copy this link into your browser:",
        Footer = "This mail was sent by the follow-up of the programme's timetable. Please do not reply to it.",
        Invitation = new(
            "Item {item}: what {party} owes by {date}",
            "The timetable of the strategic action programme for customs asks {party} to act on item {item}, below.",
            "Answer through the link below. You may amend your answer until the item closes; reminders go only to parties that have not answered.",
            "Answer"),
        Reminder = new(
            "Reminder – item {item}: due {date}",
            "{Party} has not yet answered on item {item}.",
            "Answer through the link below. This link replaces those in earlier mails.",
            "Answer"),
        ExtendedReminder = new(
            "New date – item {item}: due {date}",
            "The Presidency has extended the deadline {party:of} for item {item}.",
            "Answer through the link below by the new date; reminders will follow until you do.",
            "Answer"),
        Overdue = new(
            "Overdue – item {item}: due {date}",
            "The deadline of item {item} has passed without an answer from {party}.",
            "The Presidency has been told. Answer now through the link below: a late answer resolves the escalation.",
            "Answer now"),
        Escalation = new(
            "Escalation – item {item}: {about} missed {date}",
            "{About} has not answered on item {item} by its deadline; it is in the Presidency's escalation queue.",
            "You may acknowledge, extend, waive or resolve it in the queue.",
            "Open the escalation queue"),
        Receipt = new(
            "Receipt – item {item}: answer {party:of}, version {version}",
            "Your answer for {party} on item {item} is recorded as version {version}.",
            "You may amend it until the item closes; every version is kept.",
            string.Empty),
        ConsolidatedReport = new(
            "Consolidated report – item {item} ({cycle})",
            "The consolidated report of item {item} ({cycle}) is ready.",
            "Open it through the link below.",
            "Open the report"),
        AnnualReport = new(
            "Annual report to the Council – {cycle}",
            "The annual report to the Council on the follow-up of the programme in {cycle} is ready.",
            "Open it through the link below.",
            "Open the report"),
        StatusRequest = new(
            "Status request – item {item} ({cycle})",
            "Item {item} is a standing obligation: the Presidency asks {party} for its status, for the annual report to the Council.",
            "Answer through the link below. There are no reminders for a status request.",
            "Give the status"),
        Parties = new Dictionary<string, PartyName>(StringComparer.Ordinal)
        {
            ["BE"] = new("Belgium", "of Belgium"),
            ["DK"] = new("Denmark", "of Denmark"),
            ["DE"] = new("Germany", "of Germany"),
            ["EL"] = new("Greece", "of Greece"),
            ["ES"] = new("Spain", "of Spain"),
            ["FR"] = new("France", "of France"),
            ["IE"] = new("Ireland", "of Ireland"),
            ["IT"] = new("Italy", "of Italy"),
            ["LU"] = new("Luxembourg", "of Luxembourg"),
            ["NL"] = new("the Netherlands", "of the Netherlands"),
            ["AT"] = new("Austria", "of Austria"),
            ["PT"] = new("Portugal", "of Portugal"),
            ["FI"] = new("Finland", "of Finland"),
            ["SE"] = new("Sweden", "of Sweden"),
            ["UK"] = new("the United Kingdom", "of the United Kingdom"),
            ["WP"] = new("the Customs Cooperation Working Party", "of the Customs Cooperation Working Party"),
            ["COM"] = new("the Commission", "of the Commission"),
            ["PRESIDENCY"] = new("the Presidency", "of the Presidency"),
        },
    };
}
