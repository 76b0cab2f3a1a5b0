using Microsoft.Extensions.Hosting;
using ProgrammeWorkflows.Functions.Errors;
using ProgrammeWorkflows.Functions.Security;
using ProgrammeWorkflows.Functions.Telemetry;
using ProgrammeWorkflows.Web.Security;

namespace ProgrammeWorkflows.Functions;

/// <summary>
/// The Functions app's host, described once: <c>Program</c> runs it, and a test builds it as the worker does under
/// <c>func start</c> (Development: the container validated at build) to prove every service resolves.
/// </summary>
public static class FunctionsApp
{
    public static IHostBuilder CreateBuilder() =>
        new HostBuilder()
            .ConfigureFunctionsWebApplication(worker =>
            {
                // The scheme the person used, then the header policy, so that it is on every HTTP response, the 503 of an outage too.
                worker.UseMiddleware<HttpsOnlyMiddleware>();
                worker.UseMiddleware<ResponseHeadersMiddleware>();
                worker.UseMiddleware<StorageOutageMiddleware>();
                // Sign-in after the outage guard (a refusal needs no storage), before any trigger runs.
                worker.UseMiddleware<SignInMiddleware>();
            })
            .ConfigureServices((context, services) => services
                .AddProgrammeFunctions(context.Configuration)
                .AddProgrammeWebSecurity()
                .AddProgrammeTelemetry(context.Configuration));
}
