using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Workflows.Activities;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Tests.Infrastructure;

namespace ProgrammeWorkflows.Workflows.Tests.Reports;

/// <summary>
/// How reports are announced, where it can go wrong: the consolidation activity retried after it saved the report but
/// before its announcement was recorded (no second report, the first announced once); a report asked for on a date
/// past the Presidency rotation (made, and announced to the working party).
/// </summary>
[Collection(OnTheDurableEngine.Name)]
public sealed class ReportAnnouncementTests(WorkflowHost host)
{
    [Fact]
    public async Task A_retry_after_the_report_was_saved_announces_it_once_and_makes_no_second_report()
    {
        var programme = host.NewProgramme();
        var cycle = ProgrammeSchedule.Find(programme, 6, "1998");
        var closedAt = new DateTimeOffset(1998, 5, 30, 0, 0, 0, TimeSpan.Zero);
        var cycles = host.Get<IItemCycleStore>();
        await cycles.OpenAsync(cycle, new DateTimeOffset(1997, 7, 1, 0, 0, 0, TimeSpan.Zero));

        // What the first attempt did before it failed: the report saved and the cycle closed with it; no mail.
        var saved = await host.Get<IReportStore>().SaveAsync(new ReportDocument(programme.Id, ReportKinds.Consolidated, "item06-1998", "Consolidated report, item 6 (1998)", closedAt, "{}"));
        await cycles.CloseAsync(programme.Id, 6, "1998", closedAt, saved.Id);

        var request = new ConsolidationRequest(new ItemCycleRef(programme.Id, 6, "1998"), closedAt);
        var retried = await host.Get<AssembleConsolidatedReport>().RunAsync(request);
        var announcements = await AnnouncementsAsync(programme.Id);
        var again = await host.Get<AssembleConsolidatedReport>().RunAsync(request);

        Assert.Equal((saved.Id, saved.Id), (retried, again));
        Assert.Equal([saved.Id], (await host.Get<IReportStore>().ListAsync(programme.Id)).Select(r => r.Id));

        // The Presidency in office on 30 May 1998 (the United Kingdom) and the working party, each delegate once.
        var expected = host.Directory.Of("UK").Concat(host.Directory.Of("WP")).Select(d => d.Email).Order(StringComparer.Ordinal);
        Assert.Equal(expected, announcements.Select(m => m.ToAddress).Order(StringComparer.Ordinal));
        Assert.All(announcements, m => Assert.Equal(saved.Id, m.ReportId));
        Assert.Equal(announcements.Select(m => m.Id), (await AnnouncementsAsync(programme.Id)).Select(m => m.Id));
    }

    [Fact]
    public async Task An_annual_report_asked_for_after_the_last_presidency_is_made_and_announced_to_the_working_party()
    {
        var programme = host.NewProgramme();
        var last = programme.Presidencies.Terms[^1];

        var id = await host.Get<AssembleAnnualReport>().RunAsync(new AnnualReportRequest(programme.Id, 1998, new DateTimeOffset(last.To.AddYears(6).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));

        Assert.Equal("annual-1998-v1", id);
        var announcements = await AnnouncementsAsync(programme.Id, NotificationKinds.AnnualReport);
        Assert.Equal(host.Directory.Of("WP").Select(d => d.Email).Order(StringComparer.Ordinal), announcements.Select(m => m.ToAddress).Order(StringComparer.Ordinal));
        Assert.All(announcements, m => Assert.Equal(("WP", id), (m.Party, m.ReportId)));
    }

    private async Task<List<OutboxMessage>> AnnouncementsAsync(string programmeId, string kind = NotificationKinds.ConsolidatedReport) =>
        [.. (await host.Get<IOutbox>().ListAsync(programmeId)).Where(m => m.Kind == kind).OrderBy(m => m.Id, StringComparer.Ordinal)];
}
