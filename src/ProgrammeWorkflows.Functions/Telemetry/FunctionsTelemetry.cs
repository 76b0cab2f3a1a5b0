using Azure.Core;
using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;
using ProgrammeWorkflows.Adapters.Telemetry;

namespace ProgrammeWorkflows.Functions.Telemetry;

/// <summary>
/// The worker's own telemetry to Application Insights (host.json sets <c>telemetryMode</c> to OpenTelemetry, so the
/// host leaves it to the worker): the Functions worker's spans and resource, and <see cref="ProgrammeTracing"/>'s
/// traces, with logs and metrics, exported by the Azure Monitor exporter and authenticated by the app's managed
/// identity (Application Insights has local authentication off). Nothing is registered without
/// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> (under <c>func start</c> on a laptop, say): no listener, no exporter.
/// </summary>
public static class FunctionsTelemetry
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary><c>ClientId=&lt;client id&gt;;Authorization=AAD</c>, as the Bicep sets it.</summary>
    public const string AuthenticationStringSetting = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    public static IServiceCollection AddProgrammeTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration[ConnectionStringSetting];
        if (string.IsNullOrWhiteSpace(connectionString))
            return services;
        var credential = CredentialOf(configuration);
        services.AddOpenTelemetry()
            .UseFunctionsWorkerDefaults()
            .WithTracing(tracing => tracing.AddSource("Microsoft.Azure.Functions.Worker").AddProgrammeInstrumentation())
            .UseAzureMonitorExporter(options =>
            {
                options.ConnectionString = connectionString;
                if (credential is not null)
                    options.Credential = credential;
            });
        return services;
    }

    /// <summary>
    /// The managed identity Application Insights takes: the client id of <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c>
    /// (or <c>Storage:ManagedIdentityClientId</c>, the same identity) when it asks for Entra ID (<c>Authorization=AAD</c>);
    /// null (instrumentation key only) when it does not.
    /// </summary>
    public static TokenCredential? CredentialOf(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var parts = AuthenticationParts(configuration[AuthenticationStringSetting]);
        if (!parts.TryGetValue("Authorization", out var authorization) || !string.Equals(authorization, "AAD", StringComparison.OrdinalIgnoreCase))
            return null;
        var clientId = parts.TryGetValue("ClientId", out var id) && id.Length > 0 ? id : configuration["Storage:ManagedIdentityClientId"];
        return new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = string.IsNullOrEmpty(clientId) ? null : clientId });
    }

    /// <summary>The <c>key=value;…</c> pairs of an authentication string (keys in any case).</summary>
    public static IReadOnlyDictionary<string, string> AuthenticationParts(string? authentication) =>
        (authentication ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(pair => pair.Length == 2 && pair[0].Length > 0)
            .GroupBy(pair => pair[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Last()[1], StringComparer.OrdinalIgnoreCase);
}
