namespace ProgrammeWorkflows.Local.Hosting;

/// <summary>The durable engine a command runs the workflows on (<c>--engine</c>).</summary>
public enum EngineKind
{
    /// <summary>DurableTask.Core's TaskHubWorker with the Azure Storage provider: persistent, survives a restart.</summary>
    AzureStorage,

    /// <summary>The in-process engine: in memory, fast, for the simulation.</summary>
    InProcess,
}
