using ProgrammeWorkflows.Adapters.Rendering;
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

    public static Task<string> ConsolidatedAsync(ConsolidatedReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ComponentHtml.RenderAsync<ConsolidatedReportDocument>(
            new Dictionary<string, object?> { [nameof(ConsolidatedReportDocument.Report)] = report });
    }

    public static Task<string> AnnualAsync(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ComponentHtml.RenderAsync<AnnualReportDocument>(
            new Dictionary<string, object?> { [nameof(AnnualReportDocument.Report)] = report });
    }
}
