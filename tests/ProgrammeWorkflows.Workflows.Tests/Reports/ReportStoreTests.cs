using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Tests.Infrastructure;

namespace ProgrammeWorkflows.Workflows.Tests.Reports;

/// <summary>The report store on Azurite: each production a new version, the same production saved again kept as it was.</summary>
[Collection(OnTheDurableEngine.Name)]
public sealed class ReportStoreTests(WorkflowHost host)
{
    [Fact]
    public async Task Saving_the_same_production_again_keeps_its_version_and_a_new_production_gets_the_next()
    {
        var programme = host.NewProgramme();
        var store = host.Get<IReportStore>();
        var at = new DateTimeOffset(1999, 1, 31, 6, 0, 0, TimeSpan.Zero);
        var first = new ReportDocument(programme.Id, ReportKinds.Annual, "1998", "Annual report to the Council, 1998", at, """{"year":1998}""");

        var saved = await store.SaveAsync(first);
        var retried = await store.SaveAsync(first with { ModelJson = """{"year":1998,"retried":true}""" });
        var next = await store.SaveAsync(first with { ProducedAt = at.AddDays(1) });

        Assert.Equal(("annual-1998-v1", 1), (saved.Id, saved.Version));
        Assert.Equal(saved, retried);
        Assert.Equal(("annual-1998-v2", 2), (next.Id, next.Version));
        Assert.Equal(["annual-1998-v1", "annual-1998-v2"], (await store.ListAsync(programme.Id)).Select(r => r.Id));
        Assert.Equal("""{"year":1998}""", await store.GetModelJsonAsync(programme.Id, saved.Id));
    }

    [Fact]
    public async Task Two_requests_on_the_same_programme_time_are_two_productions_and_a_retried_one_keeps_its_version()
    {
        var programme = host.NewProgramme();
        var store = host.Get<IReportStore>();
        var at = new DateTimeOffset(1999, 1, 31, 0, 0, 0, TimeSpan.Zero);
        var first = new ReportDocument(programme.Id, ReportKinds.Annual, "1998", "Annual report to the Council, 1998", at, """{"year":1998}""", Production: "request-1");

        var saved = await store.SaveAsync(first);
        var second = await store.SaveAsync(first with { Production = "request-2" });
        var retried = await store.SaveAsync(first with { ModelJson = """{"year":1998,"retried":true}""" });

        Assert.Equal(("annual-1998-v1", "annual-1998-v2"), (saved.Id, second.Id));
        Assert.Equal(saved, retried);
        Assert.Equal(2, (await store.ListAsync(programme.Id)).Count);
    }
}
