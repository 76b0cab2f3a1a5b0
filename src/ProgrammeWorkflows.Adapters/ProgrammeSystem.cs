using Microsoft.Extensions.DependencyInjection;
using ProgrammeWorkflows.Adapters.Mail;
using ProgrammeWorkflows.Adapters.Storage;
using ProgrammeWorkflows.Workflows;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Programme;
using ProgrammeWorkflows.Workflows.Simulation;

namespace ProgrammeWorkflows.Adapters;

/// <summary>The one composition of the system's services, for every host: workflows, stores, links, programme and directory.</summary>
public static class ProgrammeSystem
{
    public static IServiceCollection AddProgrammeSystem(this IServiceCollection services, ProgrammeCatalog catalog, IDelegateDirectorySource directory)
    {
        services.AddSingleton(catalog);
        services.AddSingleton<IProgrammeCatalog>(catalog);
        services.AddSingleton(directory);
        services.AddProgrammeStorage();
        services.AddProgrammeMail();
        services.AddProgrammeActivities();
        services.AddProgrammeIntake();
        return services;
    }

    /// <summary>Simulated people read the mail: the outbox decorated with <see cref="SimulatedMailboxes"/> (simulation and tests).</summary>
    public static IServiceCollection AddSimulatedMailboxes(this IServiceCollection services, IDelegateBehaviours behaviours)
    {
        services.AddSingleton(behaviours);
        services.AddSingleton<TableOutbox>();
        services.AddSingleton<IOutbox>(sp => ActivatorUtilities.CreateInstance<SimulatedMailboxes>(sp, sp.GetRequiredService<TableOutbox>()));
        return services;
    }
}
