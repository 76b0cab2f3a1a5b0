using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using ProgrammeWorkflows.Domain.Programme;

namespace ProgrammeWorkflows.Domain.Tests.Programme;

/// <summary>The documented format (programme.schema.json) describes the file that ships, and refuses what the loader refuses.</summary>
public class ProgrammeSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(BuiltInProgrammes.Schema);

    private static EvaluationResults Evaluate(string json) =>
        Schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

    [Fact]
    public void The_shipped_programme_conforms_to_the_schema()
    {
        var results = Evaluate(BuiltInProgrammes.CustomsActionProgrammeJson);

        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void The_schema_refuses_an_unknown_recurrence()
    {
        var file = JsonNode.Parse(BuiltInProgrammes.CustomsActionProgrammeJson)!;
        file["items"]![0]!["recurrence"] = "weekly";

        Assert.False(Evaluate(file.ToJsonString()).IsValid);
    }
}
