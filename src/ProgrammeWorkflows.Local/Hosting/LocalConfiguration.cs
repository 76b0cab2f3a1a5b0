using Microsoft.Extensions.Configuration;

namespace ProgrammeWorkflows.Local.Hosting;

/// <summary>
/// The configuration of every command, in one order: <c>appsettings.json</c> (working directory), then environment
/// variables (<c>Email__Transport=Acs</c>, <c>Presidency__Key=…</c>), then the command's own options, which win.
/// </summary>
public static class LocalConfiguration
{
    public static IConfigurationRoot Build(IReadOnlyDictionary<string, string?>? commandLine = null, string? directory = null) =>
        new ConfigurationBuilder()
            .SetBasePath(directory ?? Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(commandLine?.Where(kv => kv.Value is not null) ?? [])
            .Build();

    /// <summary>The configuration with values a command or the host chose laid over it (a null value leaves the key as it was).</summary>
    public static IConfigurationRoot With(IConfiguration configuration, IReadOnlyDictionary<string, string?> chosen) =>
        new ConfigurationBuilder()
            .AddConfiguration(configuration)
            .AddInMemoryCollection(chosen.Where(kv => kv.Value is not null))
            .Build();
}
