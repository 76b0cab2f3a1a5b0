using System.Net;
using System.Text.Json.Nodes;
using Microsoft.DurableTask.Client;
using ProgrammeWorkflows.Workflows.Simulation;
using ProgrammeWorkflows.Workflows.Tests.Infrastructure;

namespace ProgrammeWorkflows.Workflows.Tests.Endpoints;

/// <summary>A closed item's consolidated report, listed and shown in every format through the real web app.</summary>
[Collection(OnTheDurableEngine.Name)]
public sealed class ReportRoutesTests(WorkflowHost host)
{
    private async Task<HttpResponseMessage> GetAsync(string path) => await host.Http.SendAsync(host.AsPresidency(HttpMethod.Get, path));

    [Fact]
    public async Task A_closed_items_report_is_listed_and_shown_as_html_markdown_and_csv()
    {
        var item = await LiveItem.StartAsync(host, 16, daysPerSecond: 100, behaviours: new Dictionary<string, DelegateBehaviour> { ["WP"] = DelegateBehaviour.OnInvitation });
        using var patience = new CancellationTokenSource(Speeds.Patience);
        await host.Client.WaitForInstanceCompletionAsync(item.Cycle.InstanceId, patience.Token);

        var list = JsonNode.Parse(await (await GetAsync("/api/reports")).Content.ReadAsStringAsync())!.AsArray();
        var id = (string)list.Single(r => (string?)r!["key"] == "item16-1997")!["id"]!;
        Assert.Equal("consolidated-item16-1997-v1", id);

        var html = await GetAsync($"/reports/{id}");
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        var page = await html.Content.ReadAsStringAsync();
        Assert.Contains("Item 16: CENTRES OF EXPERTISE AND SHARING INFORMATION", page, StringComparison.Ordinal);
        Assert.Contains("Customs Cooperation Working Party (WP): on-time", page, StringComparison.Ordinal);

        var markdown = await GetAsync($"/reports/{id}?format=md");
        Assert.Equal("text/markdown", markdown.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("# Item 16", await markdown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var csv = await GetAsync($"/reports/{id}?format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\r\n16,1997,WP,on-time,1,done,", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync($"/reports/{id}?format=pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/reports/consolidated-item99-1997-v1")).StatusCode);
    }
}
