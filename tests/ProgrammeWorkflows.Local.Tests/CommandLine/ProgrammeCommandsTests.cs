using System.Text.Json;
using System.Text.Json.Nodes;
using ProgrammeWorkflows.Domain.Programme;

namespace ProgrammeWorkflows.Local.Tests.CommandLine;

public sealed class ProgrammeCommandsTests : IDisposable
{
    private readonly ScratchFolder scratch = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public async Task Export_prints_the_43_items_as_a_json_array_with_the_agreed_shape()
    {
        var run = await CommandRun.RunAsync("programme", "export");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        var items = JsonNode.Parse(run.Output)!.AsArray();
        Assert.Equal(43, items.Count);
        var item6 = items[5]!;
        Assert.Equal(6, (int)item6["number"]!);
        Assert.Equal("RISK ANALYSIS – CENTRAL SERVICES FOR RISK ANALYSIS", (string?)item6["section"]);
        Assert.StartsWith("Member States should report progress", (string?)item6["text"], StringComparison.Ordinal);
        Assert.Equal("March 1998", (string?)item6["deadline"]!["text"]);
        Assert.Equal("1998-03-31", (string?)item6["deadline"]!["date"]);
        Assert.Equal("named-month", (string?)item6["deadline"]!["rule"]);
        Assert.Equal(15, item6["owners"]!.AsArray().Count);
        Assert.Equal("none", (string?)item6["recurrence"]);
        Assert.Equal("report", (string?)item6["deliverable"]);
        Assert.Equal(JsonValueKind.Null, items[0]!["deadline"]!["date"]?.GetValueKind() ?? JsonValueKind.Null);
        Assert.Equal(
            ["number", "section", "text", "deadline", "owners", "recurrence", "deliverable", "notes"],
            item6.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task Validate_accepts_the_real_file_with_a_one_line_summary()
    {
        var path = scratch.Write("programme.json", BuiltInProgrammes.CustomsActionProgrammeJson);

        var run = await CommandRun.RunAsync("programme", "validate", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "programme.json: valid: programme csap1997, 43 timetable items (27 with a deadline, 16 without, 5 annual), 17 parties, 6 Presidency terms.",
            run.Output.Trim());
    }

    [Fact]
    public async Task Validate_exits_1_and_lists_every_problem()
    {
        var file = JsonNode.Parse(BuiltInProgrammes.CustomsActionProgrammeJson)!;
        file["items"]![5]!["deadline"]!["text"] = "Sometime";
        file["items"]![6]!["number"] = 6;
        var path = scratch.Write("bad.json", file.ToJsonString());

        var run = await CommandRun.RunAsync("programme", "validate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains($"{path}: item 6, deadline.text: cannot read the deadline \"Sometime\"", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}: item 6, number: appears twice", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}: invalid: 2 problems.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_of_a_missing_file_exits_1_with_a_message()
    {
        var run = await CommandRun.RunAsync("programme", "validate", Path.Combine(scratch.Path, "none.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no such file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_without_a_path_is_a_usage_error()
    {
        var run = await CommandRun.RunAsync("programme", "validate");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Required argument missing", run.Error, StringComparison.Ordinal);
    }
}
