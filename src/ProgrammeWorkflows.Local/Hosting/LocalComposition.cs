using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProgrammeWorkflows.Adapters;
using ProgrammeWorkflows.Workflows.Programme;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Simulation;

namespace ProgrammeWorkflows.Local.Hosting;

/// <summary>
/// The local system's composition, the one <c>serve</c>, <c>simulate</c>, <c>report</c> and the test host use: what
/// the durable engine's worker runs with, and what the web app beside it serves with. The engine owns its host (its
/// worker and, for the in-process engine, its sidecar), so the web app has a container of its own, composed here from
/// the same registrations plus the engine's client, as the Functions app gets its client from each trigger's binding.
/// </summary>
public static class LocalComposition
{
    /// <param name="people">Simulated people reading the mail (the simulation and the tests); null for none.</param>
    public static IServiceCollection AddWorkflowSide(this IServiceCollection services, ProgrammeCatalog catalog, IDelegateDirectorySource directory, IDelegateBehaviours? people)
    {
        services.AddProgrammeSystem(catalog, directory);
        if (people is not null)
            services.AddSimulatedMailboxes(people);
        return services;
    }

    /// <param name="loggers">Where the web app logs: the command's logger factory; null logs nothing.</param>
    public static IServiceCollection AddWebSide(this IServiceCollection services, ProgrammeCatalog catalog, IDelegateDirectorySource directory, DurableTaskClient client, ILoggerFactory? loggers)
    {
        services.AddProgrammeSystem(catalog, directory);
        services.AddSingleton(client);
        services.AddLogging(logging => logging.ClearProviders());
        if (loggers is not null)
            services.AddSingleton(loggers);
        return services;
    }
}
