using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using ProgrammeWorkflows.Functions.Security;
using ProgrammeWorkflows.Local.Web;
using ProgrammeWorkflows.Web.Security;
using ProgrammeWorkflows.Workflows;

namespace ProgrammeWorkflows.Functions.Tests;

/// <summary>The Functions app as the Functions host will see it: the functions.metadata its build generates.</summary>
public class FunctionsMetadataTests
{
    private static readonly Lazy<Dictionary<string, JsonObject>> Functions = new(Load);

    private static Dictionary<string, JsonObject> Load()
    {
        // tests/ProgrammeWorkflows.Functions.Tests/bin/<Configuration>/net10.0 -> src/ProgrammeWorkflows.Functions/bin/<Configuration>/net10.0
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = output.Parent!.Name;
        var root = output.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        var path = Path.Combine(root, "src", "ProgrammeWorkflows.Functions", "bin", configuration, output.Name, "functions.metadata");
        Assert.True(File.Exists(path), $"{path} is missing: build the Functions app");
        return JsonNode.Parse(File.ReadAllText(path))!.AsArray()
            .Select(f => f!.AsObject())
            .ToDictionary(f => (string)f["name"]!);
    }

    private static IEnumerable<(string Name, string Type, string? Direction)> Bindings(string function) =>
        Functions.Value[function]["bindings"]!.AsArray().Select(b => ((string)b!["name"]!, (string)b["type"]!, (string?)b["direction"]));

    [Fact]
    public void Every_orchestrator_is_an_orchestration_trigger()
    {
        Assert.All(WorkflowRegistration.Orchestrators, name =>
            Assert.Equal([("context", "orchestrationTrigger", "In")], Bindings(name)));
    }

    [Fact]
    public void Every_activity_is_an_activity_trigger()
    {
        Assert.All(WorkflowRegistration.Activities, name =>
            Assert.Equal([("input", "activityTrigger", "In")], Bindings(name)));
    }

    [Fact]
    public void The_annual_report_timer_reads_its_schedule_from_configuration_and_starts_through_the_durable_client()
    {
        var bindings = Functions.Value["AnnualReportTimer"]["bindings"]!.AsArray();

        Assert.Equal(("timerTrigger", "%AnnualReportSchedule%"), ((string)bindings[0]!["type"]!, (string?)bindings[0]!["schedule"]));
        Assert.Equal("durableClient", (string)bindings[1]!["type"]!);
    }

    [Fact]
    public void The_programme_start_is_an_http_trigger_on_the_same_route_as_the_local_host_for_an_administrator()
    {
        var trigger = Functions.Value["ProgrammeStart"]["bindings"]!.AsArray()[0]!;

        Assert.Equal("httpTrigger", (string)trigger["type"]!);
        Assert.Equal("api/programme/start", (string?)trigger["route"]);
        Assert.Equal(["post"], trigger["methods"]!.AsArray().Select(m => (string)m!));
        Assert.Equal("Anonymous", (string?)trigger["authLevel"]);
        Assert.Equal(RouteAccess.Administer, AccessAttribute.OfFunctions(typeof(FunctionsApp).Assembly)["ProgrammeStart"].Access);
        Assert.Contains(Bindings("ProgrammeStart"), b => b.Type == "durableClient");
    }

    [Fact]
    public async Task The_Functions_app_serves_exactly_the_routes_of_the_local_host()
    {
        await using var local = LocalWebHost.Build("http://127.0.0.1:0", "csap1997", configuration: null, _ => { });
        var localRoutes = ((IEndpointRouteBuilder)local).DataSources
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {e.RoutePattern.RawText!.TrimStart('/')}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var functionRoutes = Functions.Value.Values
            .SelectMany(f => f["bindings"]!.AsArray())
            .Where(b => (string)b!["type"]! == "httpTrigger")
            .SelectMany(b => b!["methods"]!.AsArray().Select(m => $"{((string)m!).ToUpperInvariant()} {(string)b["route"]!}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(13, localRoutes.Count);
        Assert.Equal(localRoutes, functionRoutes);
    }

    [Fact]
    public void Every_http_trigger_is_anonymous_to_the_host_and_all_but_the_reply_link_name_the_access_they_ask_for()
    {
        // A person the platform signed in carries no function key: the host must let them through, and the app decides.
        var http = Functions.Value.Values
            .Where(f => f["bindings"]!.AsArray().Any(b => (string)b!["type"]! == "httpTrigger"))
            .ToList();
        var named = AccessAttribute.OfFunctions(typeof(FunctionsApp).Assembly);

        Assert.All(http, f => Assert.Equal("Anonymous", (string?)f["bindings"]!.AsArray().First(b => (string)b!["type"]! == "httpTrigger")!["authLevel"]));
        Assert.Equal(
            http.Select(f => (string)f["name"]!).Except(["ReplyForm", "ReplySubmit"]).Order(StringComparer.Ordinal),
            named.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Each_route_asks_the_same_access_on_both_hosts()
    {
        await using var local = LocalWebHost.Build("http://127.0.0.1:0", "csap1997", configuration: null, _ => { });
        var localAccess = ((IEndpointRouteBuilder)local).DataSources
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m =>
                $"{m} {e.RoutePattern.RawText!.TrimStart('/')}: {e.Metadata.GetMetadata<AccessRequired>()?.ToString() ?? "anonymous"}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var named = AccessAttribute.OfFunctions(typeof(FunctionsApp).Assembly);
        var functionAccess = Functions.Value.Values
            .SelectMany(f => f["bindings"]!.AsArray()
                .Where(b => (string)b!["type"]! == "httpTrigger")
                .SelectMany(b => b!["methods"]!.AsArray().Select(m =>
                    $"{((string)m!).ToUpperInvariant()} {(string)b["route"]!}: {(named.TryGetValue((string)f["name"]!, out var a) ? new AccessRequired(a.Access, a.Page).ToString() : "anonymous")}")))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(localAccess, functionAccess);
        Assert.Contains("POST api/escalations/{id}/{action}: AccessRequired { Access = Decide, Page = False }", functionAccess);
        Assert.Contains("GET presidency: AccessRequired { Access = Read, Page = True }", functionAccess);
    }

    [Fact]
    public void Nothing_else_is_exposed()
    {
        string[] http = ["ReplyForm", "ReplySubmit", "PresidencyQueue", "PresidencyDecide", "EscalationsList", "EscalationDecide", "ItemsList", "ItemDetail", "ReportsList", "ReportShow", "AnnualReportProduce", "ProgrammeStart", "LinkRevoke"];
        var expected = WorkflowRegistration.Orchestrators.Concat(WorkflowRegistration.Activities).Concat(["AnnualReportTimer"]).Concat(http);

        Assert.Equal(expected.Order(StringComparer.Ordinal), Functions.Value.Keys.Order(StringComparer.Ordinal));
    }
}
