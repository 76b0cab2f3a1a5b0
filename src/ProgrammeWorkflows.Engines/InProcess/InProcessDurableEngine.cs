using System.Net;
using DurableTask.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ProgrammeWorkflows.Engines.InProcess;

/// <summary>
/// The fast durable engine, for the tests and the simulation: the real Durable Task worker and client over gRPC to an
/// in-memory sidecar hosted on 127.0.0.1 (a free port), with raised concurrency limits. Orchestrations run for real;
/// nothing is kept on disk, and the sidecar takes one worker at a time, so a process runs one engine per set of tasks.
/// </summary>
public sealed class InProcessDurableEngine : IDurableEngine
{
    private const int ConcurrencyLimit = 1000;

    private readonly WebApplication sidecar;
    private readonly IHost worker;
    private readonly GrpcChannel channel;

    private InProcessDurableEngine(WebApplication sidecar, IHost worker, GrpcChannel channel)
    {
        this.sidecar = sidecar;
        this.worker = worker;
        this.channel = channel;
    }

    public DurableTaskClient Client => worker.Services.GetRequiredService<DurableTaskClient>();

    /// <summary>The worker's services: the ones <c>configureServices</c> registered, as activities see them.</summary>
    public IServiceProvider Services => worker.Services;

    public static async Task<InProcessDurableEngine> StartAsync(
        Action<DurableTaskRegistry> registerTasks,
        Action<IServiceCollection> configureServices,
        ILoggerFactory? loggerFactory = null,
        CancellationToken cancellationToken = default)
    {
        var orchestrationService = new ConcurrentInMemoryOrchestrationService(loggerFactory, ConcurrencyLimit);

        var sidecarBuilder = WebApplication.CreateSlimBuilder();
        sidecarBuilder.Logging.ClearProviders();
        if (loggerFactory is not null)
            sidecarBuilder.Services.AddSingleton(loggerFactory);
        sidecarBuilder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        sidecarBuilder.Services.AddGrpc();
        sidecarBuilder.Services.AddSingleton<IOrchestrationService>(orchestrationService);
        sidecarBuilder.Services.AddSingleton<IOrchestrationServiceClient>(orchestrationService);
        sidecarBuilder.Services.AddSingleton<TaskHubGrpcServer>();
        var sidecar = sidecarBuilder.Build();
        sidecar.MapGrpcService<TaskHubGrpcServer>();
        await sidecar.StartAsync(cancellationToken);

        var channel = GrpcChannel.ForAddress(sidecar.Urls.Single());
        var workerBuilder = Host.CreateApplicationBuilder().UseValidatedContainer();
        workerBuilder.Logging.ClearProviders();
        if (loggerFactory is not null)
            workerBuilder.Services.AddSingleton(loggerFactory);
        configureServices(workerBuilder.Services);
        workerBuilder.Services.AddDurableTaskWorker(builder =>
        {
            builder.UseGrpc(channel);
            builder.AddTasks(registerTasks);
            builder.Configure(options =>
            {
                options.Concurrency.MaximumConcurrentOrchestrationWorkItems = ConcurrencyLimit;
                options.Concurrency.MaximumConcurrentActivityWorkItems = ConcurrencyLimit;
            });
        });
        workerBuilder.Services.AddDurableTaskClient(builder =>
        {
            builder.UseGrpc(channel);
            builder.RegisterDirectly();
        });
        var worker = workerBuilder.Build();
        await worker.StartAsync(cancellationToken);
        return new InProcessDurableEngine(sidecar, worker, channel);
    }

    public async ValueTask DisposeAsync()
    {
        await worker.StopAsync();
        worker.Dispose();
        await channel.ShutdownAsync();
        channel.Dispose();
        await sidecar.StopAsync();
        await sidecar.DisposeAsync();
    }
}
