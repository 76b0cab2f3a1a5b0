using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProgrammeWorkflows.Adapters;
using ProgrammeWorkflows.Domain.Delegates;
using ProgrammeWorkflows.Domain.Programme;
using ProgrammeWorkflows.Workflows.Programme;

namespace ProgrammeWorkflows.Functions;

/// <summary>Only wiring: the system's services for the Functions app. The delegate directory is the CSV at <c>Directory:Path</c>, or the sample.</summary>
public static class FunctionsRegistration
{
    public static IServiceCollection AddProgrammeFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        var catalog = ProgrammeCatalog.BuiltIn();
        var programme = catalog.Load(BuiltInProgrammes.CustomsActionProgramme1997);
        var directory = configuration["Directory:Path"] is { Length: > 0 } path
            ? DelegateDirectoryCsv.ReadFile(path, programme.Parties).GetValueOrThrow()
            : DelegateDirectoryCsv.Sample(programme.Parties);
        services.AddProblemDetails();
        services.AddSingleton<Web.Errors.StorageUnavailableHandler>();
        return services.AddProgrammeSystem(catalog, new FixedDelegateDirectory(directory));
    }
}
