using System.Text.Json;
using ProgrammeWorkflows.Domain.Reports;
using ProgrammeWorkflows.Workflows.Activities;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Adapters.Reports;

/// <summary>A report rendered in one format: its text, its media type, and the file name ending it is saved with.</summary>
public sealed record RenderedReport(string Content, string ContentType, string FileSuffix);

/// <summary>
/// Every format a stored report renders to, from its stored model: HTML, Markdown, the CSV of its submissions, and for an
/// annual report the CSV of its items x parties matrix. The one place a format name meets its renderer.
/// </summary>
public static class ReportFormats
{
    public const string Html = "html";
    public const string Markdown = "md";
    public const string Csv = "csv";
    public const string MatrixCsv = "matrix.csv";

    public static IReadOnlyList<string> Of(string kind) =>
        kind == ReportKinds.Annual ? [Html, Markdown, Csv, MatrixCsv] : [Html, Markdown, Csv];

    /// <summary>The report in the format, or null when the kind has no such format.</summary>
    public static async Task<RenderedReport?> RenderAsync(string kind, string modelJson, string format)
    {
        if (kind == ReportKinds.Annual)
        {
            var annual = JsonSerializer.Deserialize<AnnualReport>(modelJson, ReportJson.Options)
                ?? throw new InvalidDataException("the stored annual report is empty");
            return format switch
            {
                Html => new(await ReportHtml.AnnualAsync(annual), "text/html; charset=utf-8", ".html"),
                Markdown => new(ReportMarkdown.Annual(annual), "text/markdown; charset=utf-8", ".md"),
                Csv => new(ReportCsv.Submissions(annual.Appendix), "text/csv; charset=utf-8", "-submissions.csv"),
                MatrixCsv => new(ReportCsv.Matrix(annual), "text/csv; charset=utf-8", "-matrix.csv"),
                _ => null,
            };
        }

        var consolidated = JsonSerializer.Deserialize<ConsolidatedReport>(modelJson, ReportJson.Options)
            ?? throw new InvalidDataException("the stored consolidated report is empty");
        return format switch
        {
            Html => new(await ReportHtml.ConsolidatedAsync(consolidated), "text/html; charset=utf-8", ".html"),
            Markdown => new(ReportMarkdown.Consolidated(consolidated), "text/markdown; charset=utf-8", ".md"),
            Csv => new(ReportCsv.Submissions([consolidated]), "text/csv; charset=utf-8", "-submissions.csv"),
            _ => null,
        };
    }
}
