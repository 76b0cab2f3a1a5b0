using System.Text.Json.Nodes;

namespace ProgrammeWorkflows.FunctionsHost.Tests.Hosting;

/// <summary>
/// The settings of <c>src/ProgrammeWorkflows.Functions/local.settings.example.json</c>, the file a developer copies to
/// <c>local.settings.json</c> for <c>func start</c>: every host of the suite starts from them, so the example is proven.
/// </summary>
internal static class LocalSettingsExample
{
    public static string Path => System.IO.Path.Combine(Repository.Root, "src", "ProgrammeWorkflows.Functions", "local.settings.example.json");

    public static Dictionary<string, string> Values() =>
        JsonNode.Parse(File.ReadAllText(Path))!["Values"]!.AsObject()
            .ToDictionary(setting => setting.Key, setting => (string?)setting.Value ?? string.Empty, StringComparer.Ordinal);
}
