using System.Globalization;
using Microsoft.Extensions.Options;
using ProgrammeWorkflows.Adapters.Links;
using ProgrammeWorkflows.Adapters.Mail.Templates;
using ProgrammeWorkflows.Adapters.Rendering;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Adapters.Mail;

/// <summary>
/// Renders an outbox record as a mail: the subject and both bodies from one template per kind (Razor, in the recipient's
/// language, from that language's catalogue: no language stands in for another), the filtering headers, <c>Date</c> =
/// the programme time it was sent at, and for invitations and reminders the deadline as a calendar entry.
/// </summary>
public sealed class MailComposer(IProgrammeCatalog catalog, IOptions<LinkOptions> options, ReplyLinks links)
{
    public async Task<OutgoingMail> ComposeAsync(OutboxMessage message, string fromAddress)
    {
        ArgumentNullException.ThrowIfNull(message);
        var programme = catalog.Load(message.ProgrammeId);
        var item = message.Item > 0 ? programme.Item(message.Item) : null;
        var party = message.Party == NotificationKinds.Presidency ? "the Presidency" : programme.Parties.Contains(message.Party) ? programme.Parties[message.Party].Name : message.Party;
        var about = message.Kind == NotificationKinds.Escalation ? message.Sequence.Split('-')[0] : null;
        var aboutName = about is not null && programme.Parties.Contains(about) ? programme.Parties[about].Name : null;
        var extended = message.Sequence.StartsWith('x');
        var baseUrl = options.Value.BaseUrl.TrimEnd('/');
        var link = message.Kind switch
        {
            NotificationKinds.Escalation => $"{baseUrl}/presidency",
            NotificationKinds.ConsolidatedReport or NotificationKinds.AnnualReport when message.ReportId is not null => $"{baseUrl}/reports/{Uri.EscapeDataString(message.ReportId)}",
            _ => links.LinkOf(message),
        };
        var model = new MailModel(
            message.Kind,
            message.Language,
            message.ToName,
            message.Party,
            party,
            message.Item,
            item?.Section ?? string.Empty,
            item?.Text ?? string.Empty,
            message.Cycle,
            message.DueDate,
            item?.Deadline.Text ?? string.Empty,
            link,
            aboutName is null ? null : about,
            aboutName,
            message.Kind == NotificationKinds.Receipt && int.TryParse(message.Sequence.TrimStart('v'), CultureInfo.InvariantCulture, out var version) ? version : null,
            extended);
        var texts = MailTexts.For(model);

        var headers = new Dictionary<string, string>
        {
            ["X-Programme-Item"] = message.Item.ToString(CultureInfo.InvariantCulture),
            ["X-Programme-Cycle"] = message.Cycle,
            ["X-Programme-Party"] = message.Party,
            ["X-Notification-Kind"] = message.Kind,
        };

        var attachments = new List<MailAttachment>();
        if (message.Kind is NotificationKinds.Invitation or NotificationKinds.Reminder && message.DueDate is { } due && message.Party != NotificationKinds.Presidency)
        {
            var round = extended ? int.Parse(message.Sequence[1..].Split('-')[0], CultureInfo.InvariantCulture) : 0;
            attachments.Add(new MailAttachment(
                "deadline.ics",
                "text/calendar",
                CalendarEntry.Create(CalendarEntry.UidOf(message.ProgrammeId, message.Item, message.Cycle, message.Party), round, due, message.ProgrammeDate, texts.Subject, $"{texts.Lead} {link}")));
        }

        return new OutgoingMail(message.Id, fromAddress, message.ToAddress, message.ToName, texts.Subject, await RenderAsync(model, texts), texts.Text(model), message.ProgrammeDate, headers, attachments);
    }

    private static Task<string> RenderAsync(MailModel model, MailTexts texts) =>
        ComponentHtml.RenderAsync<MailBody>(new Dictionary<string, object?> { [nameof(MailBody.Model)] = model, [nameof(MailBody.Texts)] = texts });
}
