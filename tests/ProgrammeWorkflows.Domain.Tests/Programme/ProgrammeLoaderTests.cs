using System.Text.Json.Nodes;
using ProgrammeWorkflows.Domain.Programme;

namespace ProgrammeWorkflows.Domain.Tests.Programme;

/// <summary>The loader refuses each kind of bad programme file and says where; each case starts from the real file.</summary>
public class ProgrammeLoaderTests
{
    private static JsonObject RealFile() => JsonNode.Parse(BuiltInProgrammes.CustomsActionProgrammeJson)!.AsObject();

    private static JsonObject Item(JsonObject file, int number) =>
        file["items"]!.AsArray().Select(n => n!.AsObject()).Single(i => (int)i["number"]! == number);

    private static IReadOnlyList<string> Problems(JsonObject file)
    {
        var result = ProgrammeLoader.Load(file.ToJsonString());
        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        return [.. result.Problems.Select(p => p.ToString())];
    }

    [Fact]
    public void The_real_file_loads()
    {
        var result = ProgrammeLoader.Load(RealFile().ToJsonString());

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(43, result.Value!.Items.Count);
    }

    [Fact]
    public void Duplicate_numbers_are_refused()
    {
        var file = RealFile();
        Item(file, 7)["number"] = 6;

        Assert.Contains("item 6, number: appears twice", Problems(file));
    }

    [Fact]
    public void Unknown_party_codes_are_refused()
    {
        var file = RealFile();
        Item(file, 6)["owners"] = new JsonArray("BE", "XX");

        Assert.Contains("item 6, owners: unknown party code \"XX\"", Problems(file));
    }

    [Fact]
    public void Unreadable_deadlines_are_refused()
    {
        var file = RealFile();
        Item(file, 6)["deadline"]!["text"] = "Sometime in spring";

        var problem = Assert.Single(Problems(file));
        Assert.StartsWith("item 6, deadline.text: cannot read the deadline \"Sometime in spring\"", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stated_date_that_disagrees_with_its_phrase_is_refused()
    {
        var file = RealFile();
        Item(file, 6)["deadline"]!["date"] = "1998-03-01";

        Assert.Contains("item 6, deadline.date: says 1998-03-01 but \"March 1998\" reads as 1998-03-31 (named-month)", Problems(file));
    }

    [Fact]
    public void A_stated_rule_that_disagrees_with_its_phrase_is_refused()
    {
        var file = RealFile();
        Item(file, 41)["deadline"]!["rule"] = "named-month";

        Assert.Contains("item 41, deadline.rule: says named-month but \"Early 1998\" reads by the rule first-quarter", Problems(file));
    }

    [Fact]
    public void Missing_text_is_refused()
    {
        var file = RealFile();
        Item(file, 12)["text"] = "  ";
        Item(file, 13).Remove("section");

        var problems = Problems(file);
        Assert.Contains("item 12, text: is missing or empty", problems);
        Assert.Contains("item 13, section: is missing or empty", problems);
    }

    [Fact]
    public void An_unknown_recurrence_is_refused()
    {
        var file = RealFile();
        Item(file, 29)["recurrence"] = "weekly";

        Assert.Contains("item 29, recurrence: \"weekly\" is not one of none, annual", Problems(file));
    }

    [Fact]
    public void An_unknown_deliverable_is_refused()
    {
        var file = RealFile();
        Item(file, 29)["deliverable"] = "cake";

        Assert.StartsWith("item 29, deliverable: \"cake\" is not one of", Assert.Single(Problems(file)), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_listed_not_only_the_first()
    {
        var file = RealFile();
        Item(file, 2)["owners"] = new JsonArray("ZZ");
        Item(file, 3)["recurrence"] = "monthly";
        Item(file, 4)["deadline"]!["text"] = "whenever";

        Assert.Equal(3, Problems(file).Count);
    }

    [Fact]
    public void An_unknown_member_is_refused_with_its_path()
    {
        var file = RealFile();
        Item(file, 1)["colour"] = "blue";

        var problem = Assert.Single(Problems(file));
        Assert.Contains("colour", problem, StringComparison.Ordinal);
        Assert.StartsWith("file at $.items[0]", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[1, 2]")]
    [InlineData("{\"items\": 3}")]
    public void Malformed_json_is_refused(string json)
    {
        var result = ProgrammeLoader.Load(json);

        Assert.False(result.IsValid);
        Assert.StartsWith("file", Assert.Single(result.Problems).Where, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_object_lists_every_missing_part()
    {
        var problems = ProgrammeLoader.Load("{}").Problems.Select(p => p.ToString()).ToList();

        Assert.Contains("programme, id: is missing or empty", problems);
        Assert.Contains("programme, period: is missing", problems);
        Assert.Contains("programme, parties: is missing or empty", problems);
        Assert.Contains("programme, presidencies: is missing or empty", problems);
        Assert.Contains("programme, items: is missing or empty", problems);
    }

    [Fact]
    public void A_Presidency_rotation_that_ends_before_the_period_is_refused()
    {
        var file = RealFile();
        var terms = file["presidencies"]!.AsArray();
        while (terms.Count > 2)
            terms.RemoveAt(terms.Count - 1);
        Assert.Contains(Problems(file), p => p.StartsWith("programme, presidencies: cover 1997-01-01 to 1997-12-31; they must cover the whole period, 1997-07-01 to ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_gap_in_the_Presidency_rotation_is_refused()
    {
        var file = RealFile();
        file["presidencies"]![2]!["from"] = "1998-01-02";

        Assert.Contains("programme, presidencies: a gap between terms 1997-H2 and 1998-H1", Problems(file));
    }

    [Fact]
    public void A_Presidency_held_by_a_party_that_is_not_a_Member_State_is_refused()
    {
        var file = RealFile();
        file["presidencies"]![0]!["party"] = "COM";

        Assert.Contains("presidency 1997-H1, party: \"COM\" is not a Member State of the programme", Problems(file));
    }

    [Fact]
    public void A_group_naming_an_unknown_party_is_refused()
    {
        var file = RealFile();
        file["groups"]!["container-centres"]!.AsArray().Add("HH");

        Assert.Contains("group container-centres, members: unknown party code \"HH\"", Problems(file));
    }

    [Fact]
    public void A_follow_up_policy_that_closes_before_the_second_level_is_refused()
    {
        var file = RealFile();
        file["followUp"]!["closeAfterDays"] = 20;

        Assert.Contains("followUp, closeAfterDays: must be later than secondLevelAfterDays, or the second level never happens", Problems(file));
    }

    [Fact]
    public void A_missing_file_is_reported_not_thrown()
    {
        var result = ProgrammeLoader.LoadFile("/nonexistent/programme.json");

        Assert.Equal("/nonexistent/programme.json: no such file", Assert.Single(result.Problems).ToString());
    }
}
