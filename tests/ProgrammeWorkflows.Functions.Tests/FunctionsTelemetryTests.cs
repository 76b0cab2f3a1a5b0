using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Trace;
using ProgrammeWorkflows.Functions.Telemetry;

namespace ProgrammeWorkflows.Functions.Tests;

/// <summary>The worker's telemetry: to Application Insights by the app's identity when it has a connection string, else none at all.</summary>
public class FunctionsTelemetryTests
{
    /// <summary>Made up, as the Bicep would set them: an ingestion endpoint nothing listens on, the identity's client id.</summary>
    private static readonly Dictionary<string, string?> AppInsights = new()
    {
        [FunctionsTelemetry.ConnectionStringSetting] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://127.0.0.1:9/",
        [FunctionsTelemetry.AuthenticationStringSetting] = "ClientId=11111111-2222-3333-4444-555555555555;Authorization=AAD",
    };

    [Fact]
    public void Without_a_connection_string_the_worker_registers_no_tracer_provider()
    {
        using var host = Build([]);
        Assert.Null(host.Services.GetService<TracerProvider>());
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public void With_a_connection_string_the_worker_traces_and_the_container_still_validates(string environment)
    {
        using var host = Build(AppInsights, environment);
        Assert.NotNull(host.Services.GetService<TracerProvider>());
    }

    [Fact]
    public void The_exporter_signs_in_as_the_identity_the_authentication_string_names()
    {
        var parts = FunctionsTelemetry.AuthenticationParts(AppInsights[FunctionsTelemetry.AuthenticationStringSetting]);
        Assert.Equal("11111111-2222-3333-4444-555555555555", parts["clientid"]);
        Assert.Equal("AAD", parts["Authorization"]);
        Assert.IsType<DefaultAzureCredential>(FunctionsTelemetry.CredentialOf(Configuration(AppInsights)));

        // Entra ID asked for without a client id: the storage identity's (the same one in the Bicep).
        Assert.IsType<DefaultAzureCredential>(FunctionsTelemetry.CredentialOf(Configuration(new() { [FunctionsTelemetry.AuthenticationStringSetting] = "Authorization=AAD", ["Storage:ManagedIdentityClientId"] = "abc" })));

        // No Entra ID asked for: the connection string's key alone.
        Assert.Null(FunctionsTelemetry.CredentialOf(Configuration([])));
        Assert.Empty(FunctionsTelemetry.AuthenticationParts(null));
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) => new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private static IHost Build(Dictionary<string, string?> settings, string environment = "Development") =>
        FunctionsApp.CreateBuilder()
            .UseEnvironment(environment)
            .ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings)
            {
                ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
                ["Presidency:Contacts"] = "desk@presidency.example",
            }))
            .UseDefaultServiceProvider(options => (options.ValidateOnBuild, options.ValidateScopes) = (true, true))
            .Build();
}
