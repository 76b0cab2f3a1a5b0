using ProgrammeWorkflows.Adapters.Rendering;
using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Domain.Reports;

namespace ProgrammeWorkflows.Adapters.Reports;

/// <summary>Reports as self-contained HTML documents (inline CSS and SVG, no external resource), printable on A4.</summary>
public static class ReportHtml
{
    /// <summary>The reports' style element; the web app's header policy allows it by its hash.</summary>
    public const string Style = """
        @page{size:A4;margin:18mm 16mm}body{font:11pt/1.45 Georgia,"Times New Roman",serif;color:#111;max-width:48rem;margin:0 auto;padding:1rem}
        h1{font-size:17pt;margin:.2rem 0}h2{font-size:13pt;margin-top:1.4rem;border-bottom:1px solid #999}h3{font-size:11.5pt;margin-bottom:.2rem}
        .doc{color:#444;font-size:9.5pt;text-transform:uppercase;letter-spacing:.05em}table{border-collapse:collapse;width:100%;font-size:9.5pt;margin:.4rem 0}
        th,td{border:1px solid #bbb;padding:.2rem .35rem;text-align:left;vertical-align:top}th{background:#eee}.text{white-space:pre-wrap}
        .muted{color:#555}section.party{page-break-inside:avoid}h2{page-break-after:avoid}
        """;

    public static string Consolidated(ConsolidatedReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Document($"Consolidated report, item {report.Item.Number} ({report.Cycle})", Html.Of($"""
            <p class="doc">Strategic action programme for customs · consolidated report</p>
            <h1>Item {report.Item.Number}: {report.Item.Section}</h1>
            {ConsolidatedBody(report, headingLevel: 2)}
            """));
    }

    public static string Annual(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Document($"Annual report to the Council, {report.Year}", Html.Of($"""
            <p class="doc">Council of the European Union · Customs Cooperation Working Party</p>
            <h1>Follow-up of the strategic action programme for customs: annual report to the Council, {report.Year}</h1>
            {Html.Join(report.Opening.Select(p => Html.Of($"<p>{p}</p>")))}
            <h2>The timetable at a glance</h2>
            {MatrixSvg.Render(report)}
            <h2>State of each item, by section</h2>
            {Html.Join(report.Appendix.GroupBy(r => r.Item.Section).Select(section => Html.Of($"""
                <h3>{section.Key}</h3>
                <table><thead><tr><th>Item</th><th>Due</th><th>Owed</th><th>On time</th><th>Late</th><th>Missing</th><th>Waived</th><th>Not yet due</th></tr></thead><tbody>
                {Html.Join(section.Select(r => Html.Of($"<tr><td>{r.Item.Number} ({r.Cycle})</td><td>{r.Due:d MMM yyyy}</td><td>{r.Counts.Owed}</td><td>{r.Counts.OnTime}</td><td>{r.Counts.Late}</td><td>{r.Counts.Missing}</td><td>{r.Counts.Waived + r.Counts.Resolved}</td><td>{r.Counts.Waiting}</td></tr>")))}
                </tbody></table>
                """)))}
            <h2>Overdue and missing</h2>
            {(report.Overdue.Count == 0 ? Html.Of($"<p>Nothing is overdue.</p>") : Html.Of($"""<table><thead><tr><th>Item</th><th>Party</th><th>Due</th><th>State</th></tr></thead><tbody>{Html.Join(report.Overdue.Select(o => Html.Of($"<tr><td>{o.Item} ({o.Cycle})</td><td>{o.Party}</td><td>{o.Due:d MMM yyyy}</td><td>{o.Standing}</td></tr>")))}</tbody></table>"""))}
            <h2>Escalations to the Presidency since {report.EscalationsFrom:d MMMM yyyy}</h2>
            {(report.EscalationsByPresidency.Count == 0 ? Html.Of($"<p>No escalation in this period.</p>") : Html.Join(report.EscalationsByPresidency.Select(p => Html.Of($"""<h3>{p.Term}: Presidency of {p.Presidency}</h3>{Escalations(p.Escalations)}"""))))}
            <h2>Each party's record</h2>
            <table><thead><tr><th>Party</th><th>Owed</th><th>On time</th><th>Late</th><th>Missing</th><th>Waived</th><th>Not yet due</th></tr></thead><tbody>
            {Html.Join(report.PartyRecords.Select(p => Html.Of($"<tr><td>{p.Name} ({p.Code})</td><td>{p.Owed}</td><td>{p.OnTime}</td><td>{p.Late}</td><td>{p.Missing}</td><td>{p.Waived}</td><td>{p.NotYetDue}</td></tr>")))}
            </tbody></table>
            <h2>Appendix: the consolidated texts</h2>
            {Html.Join(report.Appendix.Select(r => Html.Of($"""<h3>Item {r.Item.Number} ({r.Cycle}): {r.Item.Section}</h3>{ConsolidatedBody(r, headingLevel: 4)}""")))}
            """));
    }

    private static Html ConsolidatedBody(ConsolidatedReport r, int headingLevel)
    {
        var h = Html.Raw($"h{headingLevel}");
        return Html.Of($"""
            <p>{r.Item.Text}</p>
            <p><strong>Deadline:</strong> {(r.Item.DeadlinePhrase.Length > 0 ? r.Item.DeadlinePhrase : "none (a standing obligation)")}{(r.Item.DeadlineDate is { } d ? Html.Of($", read as {d:d MMMM yyyy} ({r.Item.Rule})") : Html.Empty)}. <strong>This cycle:</strong> {r.Cycle}, due {r.Due:d MMMM yyyy}, as of {r.AsOf:d MMMM yyyy}{(r.Closed ? Html.Raw(", closed") : Html.Empty)}.</p>
            <p><strong>Summary:</strong> {r.Counts.Owed} owing parties: {r.Counts.OnTime} on time, {r.Counts.Late} late, {r.Counts.Missing} not at all, {r.Counts.Waived} waived, {r.Counts.Resolved} resolved by the Presidency, {r.Counts.Waiting} not yet due.</p>
            <p><strong>Missing:</strong> {(r.MissingParties.Count == 0 ? "none" : string.Join(", ", r.MissingParties))}.</p>
            {Html.Join(r.Parties.Select(p => Html.Of($"""
                <section class="party"><{h}>{p.Name} ({p.Code}): {p.Standing}</{h}>
                {(p.Latest is { } s
                    ? Html.Of($"""<p class="muted">Status: {s.Status}. Submitted {s.SubmittedAt:d MMMM yyyy} by {s.DelegateName}; version {s.Version}{(p.Amendments > 0 ? Html.Of($", after {p.Amendments} amendment{(p.Amendments == 1 ? "" : "s")}") : Html.Empty)}.{(s.Attachments.Count > 0 ? Html.Of($" Attachments: {string.Join(", ", s.Attachments.Select(a => a.Name))}.") : Html.Empty)}</p><p class="text">{s.Text}</p>""")
                    : Html.Of($"""<p class="muted">No submission.</p>"""))}
                </section>
                """)))}
            {(r.Escalations.Count == 0 ? Html.Empty : Html.Of($"<p><strong>Escalations and decisions:</strong></p>{Escalations(r.Escalations)}"))}
            """);
    }

    private static Html Escalations(IReadOnlyList<EscalationSummary> escalations) => Html.Of($"""
        <table><thead><tr><th>Item</th><th>Party</th><th>Missed</th><th>Raised</th><th>Level</th><th>To</th><th>State</th><th>Decisions</th></tr></thead><tbody>
        {Html.Join(escalations.Select(e => Html.Of($"<tr><td>{e.Item} ({e.Cycle})</td><td>{e.Party}</td><td>{e.DueDate:d MMM yyyy}</td><td>{e.RaisedAt:d MMM yyyy}</td><td>{e.Level}</td><td>{e.Presidency}</td><td>{e.State}</td><td>{EscalationText.Decisions(e, "d MMM yyyy")}</td></tr>")))}
        </tbody></table>
        """);

    private static string Document(string title, Html body) => Html.Of($"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title><style>{Html.Raw(Style)}</style></head>
        <body>{body}</body></html>
        """).Value;
}
