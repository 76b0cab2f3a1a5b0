using Microsoft.Extensions.Configuration;
using OpenTelemetry;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using ProgrammeWorkflows.Adapters.Telemetry;

namespace ProgrammeWorkflows.Local.Hosting;

/// <summary>
/// The local host's traces: the same as the Functions app's (<see cref="ProgrammeTracing"/>), exported to an OTLP
/// collector when one is configured (<c>Telemetry:OtlpEndpoint</c>, or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>
/// with its <c>OTEL_EXPORTER_OTLP_*</c> companions), and nothing otherwise: no tracer provider, so no listener and no
/// exporter. One provider for the whole process (the engine, the sidecar and the web app alike), owned by
/// <see cref="LocalSystem"/>.
/// </summary>
public static class LocalTelemetry
{
    public const string EndpointSetting = "Telemetry:OtlpEndpoint";
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ServiceName = "ProgrammeWorkflows.Local";

    /// <summary>
    /// The tracer provider for the configuration, or null when it names no collector and <paramref name="exporters"/> adds
    /// none. <paramref name="exporters"/> is for a process that collects its own spans (the tests' in-memory exporter).
    /// </summary>
    public static TracerProvider? Start(IConfiguration configuration, Action<TracerProviderBuilder>? exporters = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var setting = configuration[EndpointSetting];
        var endpoint = !string.IsNullOrWhiteSpace(setting) ? setting : Environment.GetEnvironmentVariable(EndpointVariable);
        if (string.IsNullOrWhiteSpace(endpoint) && exporters is null)
            return null;
        if (!string.IsNullOrWhiteSpace(endpoint) && !Uri.TryCreate(endpoint, UriKind.Absolute, out _))
            throw new LocalConfigurationException($"{EndpointSetting} (or {EndpointVariable}) must be an absolute URL, such as http://127.0.0.1:4317, not \"{endpoint}\"");

        var tracing = Sdk.CreateTracerProviderBuilder()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .AddProgrammeInstrumentation();
        if (!string.IsNullOrWhiteSpace(setting))
            tracing.AddOtlpExporter(otlp => otlp.Endpoint = new Uri(setting));
        else if (!string.IsNullOrWhiteSpace(endpoint))
            tracing.AddOtlpExporter(); // reads OTEL_EXPORTER_OTLP_ENDPOINT, _PROTOCOL, _HEADERS itself
        exporters?.Invoke(tracing);
        return tracing.Build();
    }
}
