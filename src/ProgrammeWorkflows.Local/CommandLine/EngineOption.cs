using System.CommandLine;
using ProgrammeWorkflows.Local.Hosting;

namespace ProgrammeWorkflows.Local.CommandLine;

/// <summary><c>--engine azurestorage|inprocess</c>, the same for every command that runs the workflows.</summary>
internal static class EngineOption
{
    public static Option<EngineKind> Create(EngineKind fallback)
    {
        var option = new Option<EngineKind>("--engine")
        {
            Description = $"The durable engine: azurestorage (persistent, DurableTask.Core on Azure Storage) or inprocess (in memory, fast). Default {Name(fallback)}.",
            DefaultValueFactory = _ => fallback,

            // Only the two names get this far (AcceptOnlyFromAmong refuses the rest, naming them).
            CustomParser = parsed => parsed.Tokens.Single().Value == "azurestorage" ? EngineKind.AzureStorage : EngineKind.InProcess,
        };
        option.AcceptOnlyFromAmong("azurestorage", "inprocess");
        return option;
    }

    public static string Name(EngineKind kind) => kind.ToString().ToLowerInvariant();
}
