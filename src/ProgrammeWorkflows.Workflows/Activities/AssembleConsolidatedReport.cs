using System.Text.Json;
using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Workflows.Activities;

public sealed record ConsolidationRequest(ItemCycleRef Cycle, DateTimeOffset At);

/// <summary>
/// Assembles the consolidated report of a closed item cycle from the stores, saves it, and announces it by mail to the
/// Presidency in office and the working party, with a link, never as an attachment. A retry after the report was saved
/// makes no second report but announces the first, in case the earlier attempt failed before its mail was recorded
/// (the outbox keeps one record per recipient, so an announcement already made is not made twice).
/// </summary>
public sealed class AssembleConsolidatedReport(IProgrammeCatalog catalog, IDelegateDirectorySource directory, CycleReportReader reader, IReportStore reports, IItemCycleStore cycles, OutboxWriter writer)
    : IWorkflowActivity<ConsolidationRequest, string>
{
    public async Task<string> RunAsync(ConsolidationRequest input)
    {
        var programme = catalog.Load(input.Cycle.ProgrammeId);
        var cycle = ProgrammeSchedule.Find(programme, input.Cycle.Item, input.Cycle.Cycle);
        var existing = await cycles.GetAsync(cycle.ProgrammeId, cycle.Item, cycle.Cycle);
        var reportId = existing?.ReportId;
        if (reportId is null)
        {
            var report = await reader.ReadAsync(cycle, DateOnly.FromDateTime(input.At.UtcDateTime));
            var stored = await reports.SaveAsync(new ReportDocument(
                cycle.ProgrammeId,
                ReportKinds.Consolidated,
                $"item{cycle.Item:00}-{cycle.Cycle}",
                $"Consolidated report, item {cycle.Item} ({cycle.Cycle})",
                input.At,
                JsonSerializer.Serialize(report, ReportJson.Options)));
            await cycles.CloseAsync(cycle.ProgrammeId, cycle.Item, cycle.Cycle, existing?.ClosedAt ?? input.At, stored.Id);
            reportId = stored.Id;
        }

        var subject = new MailSubject(input.Cycle, NotificationKinds.Presidency, NotificationKinds.ConsolidatedReport, "0", input.At, cycle.Due, ReportId: reportId);
        await ReportAnnouncement.RecordAsync(writer, programme, directory.Current, subject);
        return reportId;
    }
}

/// <summary>How report models are written as JSON for storage: one setting, used by every report.</summary>
public static class ReportJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = false };
}
