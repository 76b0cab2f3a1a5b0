using Microsoft.DurableTask.Client;

namespace ProgrammeWorkflows.Engines;

/// <summary>A running durable engine: the workflows registered on it, a client for the endpoints, the services activities see.</summary>
public interface IDurableEngine : IAsyncDisposable
{
    DurableTaskClient Client { get; }

    IServiceProvider Services { get; }
}
