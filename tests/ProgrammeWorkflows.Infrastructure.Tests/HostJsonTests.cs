using System.Text.Json.Nodes;

namespace ProgrammeWorkflows.Infrastructure.Tests;

/// <summary>host.json for production, at the repository root.</summary>
public class HostJsonTests
{
    private static readonly JsonNode Host = JsonNode.Parse(File.ReadAllText(Path.Combine(ToolRun.RepositoryRoot, "host.json")))!;

    [Fact]
    public void The_task_hub_name_comes_from_configuration()
    {
        Assert.Equal("%DurableTaskHubName%", (string?)Host["extensions"]!["durableTask"]!["hubName"]);
    }

    [Fact]
    public void Routes_have_no_prefix_so_both_hosts_serve_the_same_paths()
    {
        Assert.Equal(string.Empty, (string?)Host["extensions"]!["http"]!["routePrefix"]);
    }

    [Fact]
    public void The_storage_provider_polls_at_most_every_30_seconds_when_idle()
    {
        Assert.Equal("00:00:30", (string?)Host["extensions"]!["durableTask"]!["storageProvider"]!["maxQueuePollingInterval"]);
    }

    [Fact]
    public void The_worker_owns_the_telemetry_through_OpenTelemetry()
    {
        // At the top level, as Microsoft documents it for the isolated worker with OpenTelemetry: the host then emits
        // OpenTelemetry too, and leaves the worker's traces and logs to the worker's own exporter (FunctionsTelemetry).
        Assert.Equal("OpenTelemetry", (string?)Host["telemetryMode"]);
        Assert.Null(Host["logging"]?["telemetryMode"]);
        Assert.Null(Host["extensions"]?["telemetryMode"]);
    }
}
