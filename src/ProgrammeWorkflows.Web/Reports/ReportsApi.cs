using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ProgrammeWorkflows.Adapters.Reports;
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

        var format = http.Request.Query["format"].ToString() is { Length: > 0 } asked ? asked : ReportFormats.Html;
        if (await ReportFormats.RenderAsync(stored.Kind, json, format) is not { } rendered)
            return UnknownFormat(format, string.Join(", ", ReportFormats.Of(stored.Kind)));
        return rendered.ContentType.StartsWith("text/csv", StringComparison.Ordinal)
            ? Results.File(System.Text.Encoding.UTF8.GetBytes(rendered.Content), rendered.ContentType, id + rendered.FileSuffix)
            : Results.Text(rendered.Content, rendered.ContentType);
    }

    private static IResult UnknownFormat(string format, string known) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["format"] = [$"\"{format}\" is not one of {known}"] }, title: "Unknown report format");
}
