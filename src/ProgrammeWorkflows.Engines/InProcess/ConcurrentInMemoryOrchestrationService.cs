using DurableTask.Core;
using Microsoft.DurableTask.Testing.Sidecar;
using Microsoft.Extensions.Logging;

namespace ProgrammeWorkflows.Engines.InProcess;

/// <summary>
/// The in-memory orchestration service with its concurrency raised. Out of the box it allows as many work items at once as
/// the machine has processors (2 here) and its dispatcher then polls every 500 ms: a fan-out to 15 sub-orchestrations took
/// about 8 s. Re-implementing the two limits of <see cref="IOrchestrationService"/> is all it takes; the rest is the base's.
/// </summary>
internal sealed class ConcurrentInMemoryOrchestrationService(ILoggerFactory? loggerFactory, int limit)
    : InMemoryOrchestrationService(loggerFactory), IOrchestrationService
{
    int IOrchestrationService.MaxConcurrentTaskOrchestrationWorkItems => limit;

    int IOrchestrationService.MaxConcurrentTaskActivityWorkItems => limit;
}
