using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ProgrammeWorkflows.Adapters.Reports;
using ProgrammeWorkflows.Domain.Reports;
using ProgrammeWorkflows.Workflows.Activities;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Web.Reports;

/// <summary>
/// <c>GET /api/reports</c> lists the reports produced (every version); <c>GET /reports/{id}</c> shows one, rendered from
/// its stored model: HTML by default, <c>?format=md</c> Markdown, <c>?format=csv</c> its submissions (or, for an annual
/// report, <c>?format=matrix.csv</c> the items x parties matrix).
/// </summary>
public static class ReportsApi
{
    public const string ListRoute = "api/reports";
    public const string ShowRoute = "reports/{id}";

    public static async Task<IResult> ListAsync(HttpContext http, string programmeId)
    {
        ArgumentNullException.ThrowIfNull(http);
        var reports = await http.RequestServices.GetRequiredService<IReportStore>().ListAsync(programmeId, http.RequestAborted);
        return Results.Ok(reports);
    }

    public static async Task<IResult> ShowAsync(string id, HttpContext http, string programmeId)
    {
        ArgumentNullException.ThrowIfNull(http);
        var store = http.RequestServices.GetRequiredService<IReportStore>();
        var stored = (await store.ListAsync(programmeId, http.RequestAborted)).FirstOrDefault(r => r.Id == id);
        if (stored is null || await store.GetModelJsonAsync(programmeId, id, http.RequestAborted) is not { } json)
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such report", detail: $"There is no report \"{id}\"; GET /api/reports lists them.");

        var format = http.Request.Query["format"].ToString();
        if (stored.Kind == ReportKinds.Annual)
        {
            var annual = JsonSerializer.Deserialize<AnnualReport>(json, ReportJson.Options)!;
            return format switch
            {
                "" or "html" => Results.Content(ReportHtml.Annual(annual), "text/html; charset=utf-8"),
                "md" => Results.Text(ReportMarkdown.Annual(annual), "text/markdown; charset=utf-8"),
                "csv" => Csv(ReportCsv.Submissions(annual.Appendix), $"{id}-submissions.csv"),
                "matrix.csv" => Csv(ReportCsv.Matrix(annual), $"{id}-matrix.csv"),
                _ => UnknownFormat(format, "html, md, csv, matrix.csv"),
            };
        }

        var consolidated = JsonSerializer.Deserialize<ConsolidatedReport>(json, ReportJson.Options)!;
        return format switch
        {
            "" or "html" => Results.Content(ReportHtml.Consolidated(consolidated), "text/html; charset=utf-8"),
            "md" => Results.Text(ReportMarkdown.Consolidated(consolidated), "text/markdown; charset=utf-8"),
            "csv" => Csv(ReportCsv.Submissions([consolidated]), $"{id}-submissions.csv"),
            _ => UnknownFormat(format, "html, md, csv"),
        };
    }

    private static IResult Csv(string csv, string name) =>
        Results.File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", name);

    private static IResult UnknownFormat(string format, string known) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["format"] = [$"\"{format}\" is not one of {known}"] }, title: "Unknown report format");
}
