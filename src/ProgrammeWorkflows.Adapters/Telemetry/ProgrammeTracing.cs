using OpenTelemetry.Trace;
using ProgrammeWorkflows.Workflows.Telemetry;

namespace ProgrammeWorkflows.Adapters.Telemetry;

/// <summary>
/// What both hosts trace, written once: HTTP requests served (ASP.NET Core), HTTP calls made (the ACS REST API, the
/// storage REST calls under the Azure SDK's spans, the Durable Task gRPC calls), the Azure SDK's own spans (Tables,
/// Blobs, Queues: ActivitySources <c>Azure.*</c>), the Durable Task SDK's orchestration and activity spans, and the
/// workflows' own (<see cref="WorkflowTelemetry"/>). Each host adds its exporter.
/// </summary>
public static class ProgrammeTracing
{
    /// <summary>The Durable Task SDK's spans (orchestrations scheduled and run, activities, events), replay-safe.</summary>
    public const string DurableTaskSourceName = "Microsoft.DurableTask";

    /// <summary>
    /// The gRPC client's call spans (the Durable Task client and worker talk gRPC to their engine): the HTTP call spans
    /// under them would otherwise hang from a span that is never exported.
    /// </summary>
    public const string GrpcClientSourceName = "Grpc.Net.Client";

    public static TracerProviderBuilder AddProgrammeInstrumentation(this TracerProviderBuilder tracing)
    {
        ArgumentNullException.ThrowIfNull(tracing);
        EnableAzureSdkSpans();
        return tracing
            .AddSource(WorkflowTelemetry.SourceName, DurableTaskSourceName, GrpcClientSourceName, "Azure.*")
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation();
    }

    /// <summary>Azure.Core emits its spans through ActivitySources only behind this switch (read once, at its first client).</summary>
    public static void EnableAzureSdkSpans() => AppContext.SetSwitch(WorkflowTelemetry.AzureSdkActivitySourceSwitch, isEnabled: true);
}
