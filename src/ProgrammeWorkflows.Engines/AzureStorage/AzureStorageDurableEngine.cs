using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Converters;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ProgrammeWorkflows.Engines.AzureStorage;

/// <summary>
/// The persistent durable engine of the local host: DurableTask.Core's <see cref="TaskHubWorker"/> with the Azure Storage
/// provider (the engine and provider Durable Functions uses in Azure), on Azurite or any storage account. The workflows'
/// <c>Microsoft.DurableTask</c> classes run through <see cref="DurableTaskShimFactory"/>; the endpoints get a
/// <see cref="DurableTaskClient"/> over the same service. State lives in the task hub, so it survives a restart.
/// </summary>
public sealed class AzureStorageDurableEngine : IDurableEngine
{
    private readonly IHost host;
    private readonly TaskHubWorker worker;

    private AzureStorageDurableEngine(IHost host, TaskHubWorker worker, DurableTaskClient client)
    {
        this.host = host;
        this.worker = worker;
        Client = client;
    }

    public DurableTaskClient Client { get; }

    public IServiceProvider Services => host.Services;

    /// <param name="connectionString">The storage account of the task hub.</param>
    /// <param name="taskHubName">The task hub: letters and digits, 3 to 45, starting with a letter.</param>
    /// <param name="configureServices">The services the activities use.</param>
    public static async Task<AzureStorageDurableEngine> StartAsync(
        string connectionString,
        string taskHubName,
        Action<IServiceCollection> configureServices,
        ILoggerFactory? loggerFactory = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configureServices);
        loggerFactory ??= NullLoggerFactory.Instance;
        var settings = new AzureStorageOrchestrationServiceSettings
        {
            StorageAccountClientProvider = new StorageAccountClientProvider(connectionString),
            TaskHubName = taskHubName,

            // The 30 s default makes an idle local run feel dead (architecture.md).
            MaxQueuePollingInterval = TimeSpan.FromSeconds(1),

            // A message fetched by a host that then stops (killed, or stopped before it processed it) stays invisible this
            // long before the next host sees it: with the 5 minute defaults a restarted host's items stood still for
            // minutes (the restart test caught it, with control queue messages). The activity dispatcher renews the
            // visibility of the activities it runs, and the provider detects a message it has already applied, so a
            // shorter timeout costs at most a duplicate delivery, not a duplicate effect.
            ControlQueueVisibilityTimeout = TimeSpan.FromSeconds(30),
            WorkItemQueueVisibilityTimeout = TimeSpan.FromSeconds(30),
            LoggerFactory = loggerFactory,
        };
        var service = new AzureStorageOrchestrationService(settings);
        await service.CreateIfNotExistsAsync();

        var converter = JsonDataConverter.Default;
        var client = new CoreDurableTaskClient(service, converter);
        var builder = Host.CreateApplicationBuilder().UseValidatedContainer();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddSingleton<DurableTaskClient>(client);
        configureServices(builder.Services);
        var host = builder.Build();
        await host.StartAsync(cancellationToken);

        var shims = new DurableTaskShimFactory(new DurableTaskWorkerOptions { DataConverter = converter }, loggerFactory);
        var worker = new TaskHubWorker(service, new ShimmedOrchestrations(shims), new ShimmedActivities(shims, host.Services), loggerFactory);
        await worker.StartAsync();
        return new AzureStorageDurableEngine(host, worker, client);
    }

    public async ValueTask DisposeAsync()
    {
        // Not forced: the work items in hand are finished and acknowledged first. A forced stop leaves a dequeued activity
        // message invisible for the queue's visibility timeout (5 minutes), so the next start would wait that long.
        await worker.StopAsync(isForced: false);
        worker.Dispose();
        await host.StopAsync();
        host.Dispose();
    }
}
