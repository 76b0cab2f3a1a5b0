using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Web.Pages;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Programme;

namespace ProgrammeWorkflows.Local.Web;

/// <summary>
/// <c>GET /</c>: the local host's dashboard: whether the programme runs and on what clock, each item cycle (open or
/// closed, its consolidated report), the escalations waiting for the Presidency, the reports, and where the mail is.
/// </summary>
internal static class DashboardEndpoints
{
    public static async Task<IResult> ShowAsync(HttpContext http, DurableTaskClient client, string programmeId, bool hasMailFolder)
    {
        ArgumentNullException.ThrowIfNull(http);
        var services = http.RequestServices;
        var cancellation = http.RequestAborted;
        var programme = services.GetRequiredService<IProgrammeCatalog>().Load(programmeId);
        var instance = await client.GetInstanceAsync(programmeId, getInputsAndOutputs: true, cancellation);
        var cycles = (await services.GetRequiredService<IItemCycleStore>().ListAsync(programmeId, cancellation))
            .OrderBy(c => c.Item).ThenBy(c => c.Cycle, StringComparer.Ordinal).ToList();
        var escalations = await services.GetRequiredService<IEscalationStore>().ListAsync(programmeId, cancellation);
        var reports = await services.GetRequiredService<IReportStore>().ListAsync(programmeId, cancellation);
        var waiting = escalations.Count(e => e.AwaitsPresidency);

        var run = instance?.ReadInputAs<ProgrammeRun>();
        var today = run?.Clock.ProgrammeDayOf(services.GetRequiredService<TimeProvider>().GetUtcNow());

        return PageResult.Of<Dashboard>("Dashboard", new Dictionary<string, object?>
        {
            [nameof(Dashboard.Programme)] = programme,
            [nameof(Dashboard.Run)] = run,
            [nameof(Dashboard.RuntimeStatus)] = instance?.RuntimeStatus,
            [nameof(Dashboard.Today)] = today,
            [nameof(Dashboard.Waiting)] = waiting,
            [nameof(Dashboard.EscalationCount)] = escalations.Count,
            [nameof(Dashboard.HasMailFolder)] = hasMailFolder,
            [nameof(Dashboard.Reports)] = reports,
            [nameof(Dashboard.Cycles)] = cycles,
        });
    }
}
