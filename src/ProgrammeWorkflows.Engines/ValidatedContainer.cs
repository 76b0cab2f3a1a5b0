using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ProgrammeWorkflows.Engines;

/// <summary>
/// Every container of the local host is validated as the Functions worker's is under <c>func start</c>: each
/// registration's dependencies checked when it is built, scoped services never taken from the root. A composition
/// mistake stops the start with the service it lacks, instead of failing the first request or activity that needs it.
/// </summary>
public static class ValidatedContainer
{
    public static TBuilder UseValidatedContainer<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        return builder;
    }
}
