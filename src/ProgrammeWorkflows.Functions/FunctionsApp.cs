using Microsoft.Extensions.Hosting;
using ProgrammeWorkflows.Functions.Errors;
using ProgrammeWorkflows.Functions.Telemetry;

namespace ProgrammeWorkflows.Functions;

/// <summary>
/// The Functions app's host, described once: <c>Program</c> runs it, and a test builds it as the worker does under
/// <c>func start</c> (Development: the container validated at build) to prove every service resolves.
/// </summary>
public static class FunctionsApp
{
    public static IHostBuilder CreateBuilder() =>
        new HostBuilder()
            .ConfigureFunctionsWebApplication(worker => worker.UseMiddleware<StorageOutageMiddleware>())
            .ConfigureServices((context, services) => services.AddProgrammeFunctions(context.Configuration).AddProgrammeTelemetry(context.Configuration));
}
