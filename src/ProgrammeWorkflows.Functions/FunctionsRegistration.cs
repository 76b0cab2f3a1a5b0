using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProgrammeWorkflows.Adapters;
using ProgrammeWorkflows.Domain.Programme;
using ProgrammeWorkflows.Functions.Programme;
using ProgrammeWorkflows.Web.Items;
using ProgrammeWorkflows.Workflows.Programme;

namespace ProgrammeWorkflows.Functions;

/// <summary>
/// Only wiring: the system's services for the Functions app, the same composition as the local host's
/// (<see cref="ProgrammeSystem.AddProgrammeSystem"/>); the durable client comes from each trigger's binding, never from
/// the services. The delegates and Presidency contacts are read by <see cref="DelegateDirectorySetting"/>.
/// </summary>
public static class FunctionsRegistration
{
    public static IServiceCollection AddProgrammeFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        var catalog = ProgrammeCatalog.BuiltIn();
        var programme = catalog.Load(BuiltInProgrammes.CustomsActionProgramme1997);
        var directory = DelegateDirectorySetting.Read(configuration, programme.Parties);
        if (!directory.IsValid)
            throw new InvalidOperationException("The app settings name a delegate directory or Presidency contacts that cannot be used: " + string.Join("; ", directory.Problems));
        services.AddSingleton(FollowedProgramme.From(configuration));
        services.AddTransient<ItemStores>();
        services.AddProblemDetails();
        services.AddSingleton<Web.Errors.StorageUnavailableHandler>();
        return services.AddProgrammeSystem(catalog, directory.Value!);
    }
}
