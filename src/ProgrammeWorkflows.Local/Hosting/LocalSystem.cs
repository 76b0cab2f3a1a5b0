using Microsoft.AspNetCore.Builder;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProgrammeWorkflows.Adapters;
using LinkOptions = ProgrammeWorkflows.Adapters.Links.LinkOptions;
using ProgrammeWorkflows.Adapters.Storage;
using ProgrammeWorkflows.Domain.Delegates;
using ProgrammeWorkflows.Domain.Programme;
using ProgrammeWorkflows.Engines;
using ProgrammeWorkflows.Engines.AzureStorage;
using ProgrammeWorkflows.Engines.InProcess;
using ProgrammeWorkflows.Local.Web;
using ProgrammeWorkflows.Web.Security;
using ProgrammeWorkflows.Workflows;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Programme;
using ProgrammeWorkflows.Workflows.Simulation;

namespace ProgrammeWorkflows.Local.Hosting;

/// <summary>What a command asks of the local system.</summary>
public sealed record LocalSystemOptions(EngineKind Engine)
{
    /// <summary>Where the web app listens; null runs no web app (the simulation).</summary>
    public string? Urls { get; init; }

    /// <summary>Where a started Azurite keeps its data; null keeps it in memory.</summary>
    public string? AzuriteFolder { get; init; }

    /// <summary>Simulated people reading the mail (the simulation); null for none.</summary>
    public IDelegateBehaviours? SimulatedPeople { get; init; }

    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>
    /// The programme to run under <see cref="LocalSystem.ProgrammeId"/> instead of the built-in 1997 one (a scaled
    /// programme for the benchmarks); its parties get the sample directory unless Delegates:Path is set.
    /// </summary>
    public ProgrammeDefinition? Programme { get; init; }
}

/// <summary>
/// The whole system on one machine: Azure Storage (a configured account, or Azurite started here and stopped with the
/// system), a durable engine running the workflows, and optionally the web app with every route, the dashboard and the
/// mail folder. One composition for <c>serve</c>, <c>simulate</c>, <c>report</c> and the end-to-end tests.
/// </summary>
public sealed class LocalSystem : IAsyncDisposable
{
    public const string ProgrammeId = BuiltInProgrammes.CustomsActionProgramme1997;
    public const string DefaultTaskHub = "ProgrammeWorkflows";

    private readonly AzuriteProcess? azurite;
    private readonly OpenTelemetry.Trace.TracerProvider? tracing;
    private IDurableEngine? engine;
    private WebApplication? web;
    private CancellationTokenSource? stopping;

    private LocalSystem(IConfiguration configuration, AzuriteProcess? azurite, OpenTelemetry.Trace.TracerProvider? tracing)
    {
        Configuration = configuration;
        this.azurite = azurite;
        this.tracing = tracing;
    }

    /// <summary>The configuration in force, with what the system chose filled in (storage, key, links).</summary>
    public IConfiguration Configuration { get; }

    public DurableTaskClient Client => Engine.Client;

    /// <summary>The services the workflows run with (stores, mail, catalog).</summary>
    public IServiceProvider Services => Engine.Services;

    /// <summary>The web app's address, when it runs.</summary>
    public Uri? WebAddress => web is null ? null : new Uri(web.Urls.First());

    public string PresidencyKey => Configuration[$"{PresidencyOptions.Section}:Key"]!;

    /// <summary>
    /// Cancelled when the process is asked to stop (SIGTERM, or Ctrl+C in a terminal): the hosts inside take the signal,
    /// so a command waits on this as well as on its own token.
    /// </summary>
    public CancellationToken Stopping => stopping?.Token ?? throw new InvalidOperationException("the system is not started");

    /// <summary>True when this system started its own Azurite (no storage was configured).</summary>
    public bool StartedAzurite => azurite is not null;

    private IDurableEngine Engine => engine ?? throw new InvalidOperationException("the engine is not started");

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public static async Task<LocalSystem> StartAsync(IConfiguration configuration, LocalSystemOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Programme is { Id: not ProgrammeId } other)
            throw new ArgumentException($"the programme to run must have the id {ProgrammeId}, not {other.Id}", nameof(options));
        var programme = options.Programme ?? BuiltInProgrammes.CustomsActionProgramme;
        var directory = DelegatesOf(configuration, programme.Parties);
        var connectionString = configuration[$"{StorageOptions.Section}:ConnectionString"];

        // One tracer provider for the engine and the web app, when a collector is configured (LocalTelemetry).
        var tracing = LocalTelemetry.Start(configuration);
        AzuriteProcess? azurite;
        try
        {
            azurite = string.IsNullOrEmpty(connectionString) && string.IsNullOrEmpty(configuration[$"{StorageOptions.Section}:TableServiceUri"])
                ? await AzuriteProcess.StartAsync(options.AzuriteFolder, cancellationToken)
                : null;
        }
        catch
        {
            tracing?.Dispose();
            throw;
        }

        var chosen = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (azurite is not null)
            chosen[$"{StorageOptions.Section}:ConnectionString"] = azurite.ConnectionString;
        if (string.IsNullOrEmpty(configuration[$"{PresidencyOptions.Section}:Key"]))
            chosen[$"{PresidencyOptions.Section}:Key"] = ProgrammeWorkflows.Web.Security.PresidencyKey.Generate();
        // A run that keeps nothing (serve keeps its key in the data folder) derives its reply links with a key of its own.
        if (string.IsNullOrEmpty(configuration[$"{LinkOptions.Section}:Keys:0:Secret"]))
            (chosen[$"{LinkOptions.Section}:Keys:0:Id"], chosen[$"{LinkOptions.Section}:Keys:0:Secret"]) = (ProgrammeWorkflows.Adapters.Links.LinkKeyRing.GeneratedId, ProgrammeWorkflows.Adapters.Links.LinkKeyRing.Generate().Secret);

        // Reply links point to where the web app listens, unless Links:BaseUrl says otherwise.
        var urls = options.Urls is null ? null : WithFreePort(options.Urls);
        if (urls is not null && string.IsNullOrEmpty(configuration[$"{LinkOptions.Section}:BaseUrl"]))
            chosen[$"{LinkOptions.Section}:BaseUrl"] = urls.Split(';')[0].TrimEnd('/');

        var system = new LocalSystem(LocalConfiguration.With(configuration, chosen), azurite, tracing);
        try
        {
            await system.StartAsync(urls, options, new ProgrammeCatalog([programme]), directory, cancellationToken);
            return system;
        }
        catch
        {
            await system.DisposeAsync();
            throw;
        }
    }

    private async Task StartAsync(string? urls, LocalSystemOptions options, ProgrammeCatalog catalog, IDelegateDirectorySource directory, CancellationToken cancellationToken)
    {
        void ConfigureWorkflowServices(IServiceCollection services)
        {
            services.AddSingleton(Configuration);
            services.AddWorkflowSide(catalog, directory, options.SimulatedPeople);
        }

        engine = options.Engine switch
        {
            EngineKind.InProcess => await InProcessDurableEngine.StartAsync(
                registry => registry.AddProgrammeWorkflows(), ConfigureWorkflowServices, options.LoggerFactory, cancellationToken),
            _ => await AzureStorageDurableEngine.StartAsync(
                Configuration[$"{StorageOptions.Section}:ConnectionString"] ?? throw new LocalConfigurationException("the azurestorage engine needs Storage:ConnectionString (or no storage settings, and Azurite is started); use --engine inprocess with Storage:TableServiceUri"),
                Configuration["DurableTaskHubName"] is { Length: > 0 } hub ? hub : DefaultTaskHub,
                ConfigureWorkflowServices,
                options.LoggerFactory,
                cancellationToken),
        };
        await engine.Services.GetRequiredService<StorageAccount>().EnsureCreatedAsync(cancellationToken);

        // The web app listens only once the engine and the tables are there: no request finds them missing.
        if (urls is not null)
        {
            // The web app logs where the engine does: through the command's logger factory, or not at all.
            web = LocalWebHost.Build(urls, ProgrammeId, Configuration, services => services.AddWebSide(catalog, directory, Client, options.LoggerFactory));
            web.MapLocalEndpoints(ProgrammeId, MailFolderOf(Configuration));
            await web.StartAsync(cancellationToken);
        }

        stopping = CancellationTokenSource.CreateLinkedTokenSource(
            engine.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>().ApplicationStopping,
            web?.Lifetime.ApplicationStopping ?? CancellationToken.None);
    }

    /// <summary>The folder the mail goes to, when the transport is the folder one.</summary>
    public static string? MailFolderOf(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new Adapters.Mail.MailOptions();
        configuration.GetSection(Adapters.Mail.MailOptions.Section).Bind(options);
        return options.Transport == Adapters.Mail.MailTransportKind.Folder ? Path.GetFullPath(options.Folder.Path) : null;
    }

    /// <summary>Port 0 ("any free port") made concrete before the start, so the links can name it.</summary>
    private static string WithFreePort(string urls)
    {
        if (!urls.EndsWith(":0", StringComparison.Ordinal) || urls.Contains(';', StringComparison.Ordinal))
            return urls;
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return $"{urls[..^2]}:{port}";
    }

    /// <summary>The delegate directory and Presidency contacts, as every host reads them (<see cref="DelegateDirectorySetting"/>).</summary>
    private static FixedDelegateDirectory DelegatesOf(IConfiguration configuration, Domain.Parties.PartyRegister parties)
    {
        var read = DelegateDirectorySetting.Read(configuration, parties);
        return read.IsValid ? read.Value! : throw new LocalConfigurationException(string.Join("; ", read.Problems));
    }

    public async ValueTask DisposeAsync()
    {
        stopping?.Dispose();
        if (web is not null)
            await web.DisposeAsync();
        if (engine is not null)
            await engine.DisposeAsync();
        if (azurite is not null)
            await azurite.DisposeAsync();

        // Last: what the engine and the web app did while stopping is exported too.
        tracing?.Dispose();
    }
}

/// <summary>A configuration the local host cannot run with; the command says why and exits non-zero.</summary>
public sealed class LocalConfigurationException(string message) : Exception(message);
