using Microsoft.Extensions.Logging;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using ProgrammeWorkflows.Adapters;
using ProgrammeWorkflows.Adapters.Links;
using ProgrammeWorkflows.Adapters.Mail;
using ProgrammeWorkflows.Adapters.Storage;
using ProgrammeWorkflows.Domain.Delegates;
using ProgrammeWorkflows.Domain.Programme;
using Microsoft.AspNetCore.Builder;
using ProgrammeWorkflows.Engines.InProcess;
using ProgrammeWorkflows.Local.Hosting;
using ProgrammeWorkflows.Local.Web;
using ProgrammeWorkflows.Web.Security;
using ProgrammeWorkflows.Workflows;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Programme;
using ProgrammeWorkflows.Workflows.Simulation;

namespace ProgrammeWorkflows.Workflows.Tests.Infrastructure;

/// <summary>
/// The real system for the workflow tests: Azurite (started from the project's node tools), the stores on it under a
/// table prefix of their own, the in-process durable engine running every orchestration and activity, and simulated
/// people reading the mail. Each test takes a programme of its own (the 1997 programme under a fresh id).
/// A host made with <c>configure</c> lays those services over the defaults, in the engine and the web app alike.
/// </summary>
public sealed class WorkflowHost : IAsyncLifetime
{
    private readonly Action<IServiceCollection>? configure;
    private readonly ProgrammeCatalog catalog = ProgrammeCatalog.BuiltIn();
    private readonly LinkKey linkKey = LinkKeyRing.Generate("test-1");
    private AzuriteProcess? azurite;
    private InProcessDurableEngine? engine;
    private WebApplication? web;
    private int programmes;

    public WorkflowHost()
    {
    }

    /// <summary>A host with services of its own laid over the defaults (one public constructor: xunit makes fixtures with it).</summary>
    internal WorkflowHost(Action<IServiceCollection> configure) => this.configure = configure;

    /// <summary>The key the web app asks of the Presidency's routes.</summary>
    public string PresidencyKey { get; } = Web.Security.PresidencyKey.Generate();

    /// <summary>The web app's <c>Access:People</c>: one person per role, each with a key of their own.</summary>
    public IReadOnlyDictionary<ProgrammeRole, PersonAccess> People { get; } = new Dictionary<ProgrammeRole, PersonAccess>
    {
        [ProgrammeRole.Presidency] = new() { Name = "Kirsti Virtanen", Id = "presidency-official-7", Roles = ["Presidency"], Key = Web.Security.PresidencyKey.Generate() },
        [ProgrammeRole.Secretariat] = new() { Name = "Luc Dubois", Id = "secretariat-3", Roles = ["secretariat"], Key = Web.Security.PresidencyKey.Generate() },
        [ProgrammeRole.Administrator] = new() { Name = "Ana Ferreira", Id = "administrator-1", Roles = ["Administrator"], Key = Web.Security.PresidencyKey.Generate() },
    };

    /// <summary>The programme the web app serves (the web tests each take an item of it).</summary>
    public ProgrammeDefinition WebProgramme { get; private set; } = BuiltInProgrammes.CustomsActionProgramme;

    /// <summary>A client of the real web app (Kestrel on 127.0.0.1), without the Presidency key.</summary>
    public HttpClient Http { get; private set; } = new();

    public DelegateBehaviourTable Behaviours { get; } = new();

    /// <summary>Where the mail goes: the folder transport, real .eml files.</summary>
    public string MailFolder { get; } = System.IO.Directory.CreateTempSubdirectory("programme-mail-").FullName;

    public DurableTaskClient Client => Engine.Client;

    public IServiceProvider Services => Engine.Services;

    public DelegateDirectory Directory { get; } = DelegateDirectoryCsv.Sample(BuiltInProgrammes.CustomsActionProgramme.Parties);

    private InProcessDurableEngine Engine => engine ?? throw new InvalidOperationException("the host is not started");

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>The 1997 programme under an id of its own, so tests share nothing but the engine.</summary>
    public ProgrammeDefinition NewProgramme()
    {
        var programme = BuiltInProgrammes.CustomsActionProgramme with { Id = $"t{Interlocked.Increment(ref programmes)}{Guid.NewGuid():N}"[..12] };
        catalog.Add(programme);
        return programme;
    }

    /// <summary>Azurite keeps its data in a folder (not in memory), so it can be stopped and started again.</summary>
    internal bool StorageOnDisk { get; init; }

    private string? StorageFolder { get; set; }

    /// <summary>A storage outage: Azurite stops, <paramref name="whileDown"/> runs, Azurite starts again at the same address with its data.</summary>
    internal async Task StorageOutageAsync(Func<Task> whileDown)
    {
        if (StorageFolder is null)
            throw new InvalidOperationException("only a host with StorageOnDisk can lose its storage for a while");
        azurite = await azurite!.RestartAsync(whileDown);
    }

    public async Task InitializeAsync()
    {
        StorageFolder = StorageOnDisk ? System.IO.Directory.CreateTempSubdirectory("programme-azurite-").FullName : null;
        azurite = await AzuriteProcess.StartAsync(StorageFolder);
        var prefix = "t" + Guid.NewGuid().ToString("N")[..10];

        // The engine and the web app share one system (the local composition): the programmes, the directory, the
        // stores; here on a table prefix of their own and the test's mail folder.
        var directory = new FixedDelegateDirectory(Directory);
        void SharedStorage(IServiceCollection services)
        {
            services.Configure<StorageOptions>(o => (o.ConnectionString, o.TablePrefix) = (azurite.ConnectionString, prefix));
            // Both sides derive and check the reply links with the same key.
            services.Configure<LinkOptions>(o => o.Keys = [linkKey]);
            services.Configure<MailOptions>(o => o.Folder.Path = MailFolder);
        }

        engine = await InProcessDurableEngine.StartAsync(
            registry => registry.AddProgrammeWorkflows(),
            services =>
            {
                services.AddWorkflowSide(catalog, directory, Behaviours);
                SharedStorage(services);
                services.Configure<LinkOptions>(o => o.BaseUrl = "http://127.0.0.1:5080");
                configure?.Invoke(services);
            },
            Environment.GetEnvironmentVariable("WORKFLOW_TEST_LOG") is { Length: > 0 } level
                ? Microsoft.Extensions.Logging.LoggerFactory.Create(b => b.AddSimpleConsole().SetMinimumLevel(Enum.Parse<Microsoft.Extensions.Logging.LogLevel>(level)))
                : null);
        await engine.Services.GetRequiredService<StorageAccount>().EnsureCreatedAsync();

        WebProgramme = NewProgramme();
        web = LocalWebHost.Build("http://127.0.0.1:0", WebProgramme.Id, configuration: null, services =>
        {
            services.AddWebSide(catalog, directory, engine.Client, loggers: null);
            SharedStorage(services);
            services.Configure<PresidencyOptions>(o => o.Key = PresidencyKey);
            services.Configure<AccessOptions>(o => o.People.AddRange(People.Values));
            configure?.Invoke(services);
        });
        await web.StartAsync();
        Http = new HttpClient { BaseAddress = new Uri(web.Urls.Single()) };
    }

    /// <summary>A request with the Presidency key.</summary>
    public HttpRequestMessage AsPresidency(HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add(Web.Security.PresidencyKey.Header, PresidencyKey);
        return request;
    }

    /// <summary>A request with the key of the person who holds <paramref name="role"/> (<see cref="People"/>).</summary>
    public HttpRequestMessage As(ProgrammeRole role, HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add(Web.Security.PresidencyKey.Header, People[role].Key);
        return request;
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (web is not null)
            await web.DisposeAsync();
        if (engine is not null)
            await engine.DisposeAsync();
        if (azurite is not null)
            await azurite.DisposeAsync();
        System.IO.Directory.Delete(MailFolder, recursive: true);
        if (StorageFolder is not null)
            System.IO.Directory.Delete(StorageFolder, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class OnTheDurableEngine : ICollectionFixture<WorkflowHost>
{
    public const string Name = "durable";
}
