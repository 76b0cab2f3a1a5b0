using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProgrammeWorkflows.Engines;
using ProgrammeWorkflows.Web;
using ProgrammeWorkflows.Web.Security;

namespace ProgrammeWorkflows.Local.Web;

/// <summary>
/// The local host's web app: the same handlers and routes as the Functions app, problem details for every error, 503
/// with Retry-After while storage is unavailable.
/// </summary>
public static class LocalWebHost
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static WebApplication Build(string urls, string programmeId, IConfiguration? configuration, Action<IServiceCollection> configureServices)
    {
        ArgumentNullException.ThrowIfNull(configureServices);
        var builder = WebApplication.CreateSlimBuilder().UseValidatedContainer();
        if (configuration is not null)
            builder.Configuration.AddConfiguration(configuration);
        builder.WebHost.UseUrls(urls);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProgrammeWorkflows.Web.Errors.StorageUnavailableHandler>();
        configureServices(builder.Services);
        builder.Services.AddProgrammeWebSecurity();

        var app = builder.Build();
        app.UseResponseHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapProgrammeWorkflows(programmeId);
        return app;
    }
}
