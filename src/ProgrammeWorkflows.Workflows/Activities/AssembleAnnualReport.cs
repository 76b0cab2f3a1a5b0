using System.Text.Json;
using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Domain.Reports;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Workflows.Activities;

public sealed record AnnualReportRequest(string ProgrammeId, int Year, DateTimeOffset At, string? Production = null);

/// <summary>
/// Gathers the state of every item and cycle for a programme year, builds the annual report to the Council, saves it,
/// and announces it (<see cref="ReportAnnouncement"/>).
/// </summary>
public sealed class AssembleAnnualReport(IProgrammeCatalog catalog, IDelegateDirectorySource directory, CycleReportReader reader, IEscalationStore escalations, IReportStore reports, OutboxWriter writer)
    : IWorkflowActivity<AnnualReportRequest, string>
{
    public async Task<string> RunAsync(AnnualReportRequest input)
    {
        var programme = catalog.Load(input.ProgrammeId);
        var asOf = DateOnly.FromDateTime(input.At.UtcDateTime);
        var allEscalations = await escalations.ListAsync(programme.Id);
        var cycleReports = new List<ConsolidatedReport>();
        foreach (var item in programme.Items)
        {
            if (AnnualReport.CycleForYear(ProgrammeSchedule.CyclesOf(programme, item), input.Year) is { } cycle)
                cycleReports.Add(await reader.ReadAsync(cycle, asOf, allEscalations));
        }

        var report = AnnualReport.Build(programme, input.Year, asOf, cycleReports);
        var stored = await reports.SaveAsync(new ReportDocument(
            programme.Id, ReportKinds.Annual, input.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Annual report to the Council, {input.Year}", input.At, JsonSerializer.Serialize(report, ReportJson.Options), input.Production));

        var cycleRef = new ItemCycleRef(programme.Id, 0, input.Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture));
        var subject = new MailSubject(cycleRef, NotificationKinds.Presidency, NotificationKinds.AnnualReport, $"v{stored.Version}", input.At, null, ReportId: stored.Id);
        await ReportAnnouncement.RecordAsync(writer, programme, directory.Current, subject);
        return stored.Id;
    }
}
