using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using ProgrammeWorkflows.Adapters.Rendering;
using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Web.Pages;
using ProgrammeWorkflows.Web.Security;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Programme;

namespace ProgrammeWorkflows.Local.Web;

/// <summary>
/// <c>GET /</c>: the local host's dashboard: whether the programme runs and on what clock, each item cycle (open or
/// closed, its consolidated report), the escalations waiting for the Presidency, the reports, and where the mail is.
/// </summary>
internal static class DashboardPage
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
        var waiting = escalations.Count(e => e.State is EscalationState.Open or EscalationState.Acknowledged);

        Html status;
        if (instance?.ReadInputAs<ProgrammeRun>() is { } run)
        {
            var today = run.Clock.ProgrammeDayOf(services.GetRequiredService<TimeProvider>().GetUtcNow());
            status = Html.Of($"""
                <p class="notice" role="status">The programme runs ({instance.RuntimeStatus}): programme time is <strong>{today:yyyy-MM-dd}</strong>,
                {run.Clock.Speed:0.##} programme seconds per wall second, from {run.Clock.ProgrammeOrigin:yyyy-MM-dd}.</p>
                """);
        }
        else
        {
            status = Html.Of($"""
                <p class="notice" role="status">The programme is not started. Start it with <code>dotnet run --project src/ProgrammeWorkflows.Local -- programme start</code>
                (add <code>--from 1997-07-01 --speed 86400</code> for a programme day per second), or <code>POST /api/programme/start</code> with the key.</p>
                """);
        }

        var rows = cycles.Select(c => Html.Of($"""
            <tr><td><a href="/api/items/{c.Item}">{c.Item}</a></td><td>{c.Cycle}</td><td>{c.Opens:yyyy-MM-dd}</td><td>{c.Due:yyyy-MM-dd}</td>
            <td>{(c.IsClosed ? "closed" : "open")}</td><td>{(c.ReportId is { } id ? Html.Of($"""<a href="/reports/{id}">{id}</a>""") : Html.Empty)}</td></tr>
            """));
        var reportLinks = reports.Where(r => r.Kind == ReportKinds.Annual).Select(r => Html.Of($"""<li><a href="/reports/{r.Id}">{r.Title}</a> (version {r.Version})</li>""")).ToList();
        return Layout.Page("Dashboard", Html.Of($"""
            <h1>{programme.Title}</h1>
            {status}
            <ul>
            <li><a href="/presidency">Escalation queue</a>: {waiting} waiting for a decision, {escalations.Count} in all.</li>
            <li>{(hasMailFolder ? Html.Of($"""<a href="/mail">Mail folder</a>: every mail sent, with its reply link.""") : Html.Of($"Mail goes through the configured transport (no mail folder)."))}</li>
            <li><a href="/api/reports">Reports</a>: {reports.Count} produced.</li>
            </ul>
            <h2>Annual reports to the Council</h2>
            {(reportLinks.Count > 0 ? Html.Of($"<ul>{Html.Join(reportLinks)}</ul>") : Html.Of($"""<p class="muted">None yet: one is produced each year on its date, or now with <code>report annual --year 1998</code>.</p>"""))}
            <h2>Item cycles</h2>
            <p>{cycles.Count(c => !c.IsClosed)} open, {cycles.Count(c => c.IsClosed)} closed, of {programme.Items.Count} timetable items.</p>
            <table><thead><tr><th>Item</th><th>Cycle</th><th>Opens</th><th>Due</th><th>State</th><th>Consolidated report</th></tr></thead>
            <tbody>{Html.Join(rows)}</tbody></table>
            """));
    }
}
