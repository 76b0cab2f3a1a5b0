using ProgrammeWorkflows.Domain.Delegates;
using ProgrammeWorkflows.Domain.Programme;

namespace ProgrammeWorkflows.Workflows.Activities;

/// <summary>
/// How a report is announced: by mail with its link, to the delegates of the Presidency in office on the mail's programme date and of
/// the working party. A date the Presidency rotation does not cover (a report asked for after the programme's last
/// term) goes to the working party alone, rather than failing the report.
/// </summary>
internal static class ReportAnnouncement
{
    public static async Task RecordAsync(OutboxWriter writer, ProgrammeDefinition programme, DelegateDirectory directory, MailSubject subject)
    {
        if (programme.Presidencies.TermOn(DateOnly.FromDateTime(subject.ProgrammeDate.UtcDateTime)) is { } term)
            await writer.RecordAsync(subject with { Party = Ports.NotificationKinds.Presidency }, directory.Of(term.Party), linkExpiresAt: null);
        if (programme.Parties.Contains("WP"))
            await writer.RecordAsync(subject with { Party = "WP" }, directory.Of("WP"), linkExpiresAt: null);
    }
}
