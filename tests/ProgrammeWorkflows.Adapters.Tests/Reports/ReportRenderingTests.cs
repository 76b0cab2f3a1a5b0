using System.Xml.Linq;
using AngleSharp.Html.Parser;
using ProgrammeWorkflows.Adapters.Reports;
using ProgrammeWorkflows.Domain.Delegates;
using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Domain.Programme;
using ProgrammeWorkflows.Domain.Reports;
using ProgrammeWorkflows.Domain.Submissions;

namespace ProgrammeWorkflows.Adapters.Tests.Reports;

/// <summary>The reports rendered from a known set of submissions and escalations of item 6 (March 1998).</summary>
public sealed class ReportRenderingTests
{
    private const string Hostile = "<script>alert(\"x\")</script>, \"quoted\", *bold* & [link](http://x)\nsecond line";

    private static readonly ProgrammeDefinition Programme = BuiltInProgrammes.CustomsActionProgramme;
    private static readonly DelegateDirectory Directory = DelegateDirectoryCsv.Sample(Programme.Parties);
    private static readonly DateOnly AsOf = new(1998, 6, 1);
    private static readonly string[] NeverAnswered = ["DE", "EL", "ES", "IE", "IT", "LU", "NL", "AT", "PT", "FI", "SE", "UK"];

    private static Submission Sub(string party, int version, DateTimeOffset at, string text) =>
        new("csap1997", 6, "1998", party, version, Directory.Of(party)[0].Id, SubmissionStatus.Done, text, [new AttachmentRef("report.pdf", "application/pdf", 10, "x")], at, at);

    private static ConsolidatedReport ItemSix()
    {
        var cycle = ProgrammeSchedule.Find(Programme, 6, "1998");
        var raised = new DateTimeOffset(1998, 4, 1, 0, 0, 0, TimeSpan.Zero);
        Escalation Raise(string party) => Escalation.Raise(cycle.InstanceId, "csap1997", 6, "1998", party, 0, cycle.Due, raised, "UK");
        return ConsolidatedReport.Build(
            Programme,
            cycle,
            [Sub("BE", 1, new(1998, 2, 1, 0, 0, 0, TimeSpan.Zero), "first"), Sub("BE", 2, new(1998, 2, 2, 0, 0, 0, TimeSpan.Zero), Hostile), Sub("DK", 1, new(1998, 4, 10, 0, 0, 0, TimeSpan.Zero), "late, sorry")],
            [Raise("DK").ResolveBySubmission(new(1998, 4, 10, 0, 0, 0, TimeSpan.Zero), "DK"), Raise("FR").Waive(raised.AddDays(3), "UK", "not applicable"), .. NeverAnswered.Select(Raise)],
            Directory,
            AsOf,
            closed: true);
    }

    internal static AnnualReport Year1998()
    {
        var reports = Programme.Items
            .Select(item => AnnualReport.CycleForYear(ProgrammeSchedule.CyclesOf(Programme, item), 1998))
            .Where(c => c is not null)
            .Select(c => c!.Item == 6 ? ItemSix() : ConsolidatedReport.Build(Programme, c!, [], [], Directory, new DateOnly(1999, 1, 31), closed: false))
            .ToList();
        return AnnualReport.Build(Programme, 1998, new DateOnly(1999, 1, 31), reports);
    }

    [Fact]
    public void The_consolidated_content_counts_and_names_the_missing_states()
    {
        var report = ItemSix();

        Assert.Equal(new StandingCounts(15, 1, 1, 12, 1, 0, 0), report.Counts);
        Assert.Equal(["DE", "EL", "ES", "IE", "IT", "LU", "NL", "AT", "PT", "FI", "SE", "UK"], report.MissingParties);
        Assert.Equal(Programme.Item(6).Owners, report.Parties.Select(p => p.Code));
        Assert.Equal((2, 1), (report.Parties[0].Latest!.Version, report.Parties[0].Amendments));
    }

    [Fact]
    public void The_html_names_every_party_once_encodes_delegate_text_and_parses_without_error()
    {
        var html = ReportHtml.Consolidated(ItemSix());

        foreach (var party in Programme.Item(6).Owners)
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, $@"\({party}\): "));
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Missing:</strong> DE, EL, ES, IE, IT, LU, NL, AT, PT, FI, SE, UK.", html, StringComparison.Ordinal);
        AssertParsesCleanly(html);
    }

    [Fact]
    public void The_markdown_escapes_delegate_text()
    {
        var markdown = ReportMarkdown.Consolidated(ItemSix());

        Assert.Contains("&lt;script&gt;alert\\(\"x\"\\)&lt;/script&gt;, \"quoted\", \\*bold\\* &amp; \\[link\\]\\(http://x\\)  \nsecond line", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_csv_quotes_commas_quotes_and_line_breaks_and_reads_back()
    {
        var csv = ReportCsv.Submissions([ItemSix()]);
        var rows = ReadCsv(csv);

        Assert.Equal(["item", "cycle", "party", "standing", "version", "status", "submitted_at", "delegate", "amendments", "attachments", "text"], rows[0]);
        Assert.Equal(3, rows.Count);
        Assert.Equal(Hostile, rows[1][10]);
        Assert.Equal(("BE", "on-time", "2"), (rows[1][2], rows[1][3], rows[1][4]));
        Assert.Equal(("DK", "late"), (rows[2][2], rows[2][3]));
    }

    [Fact]
    public void The_annual_matrix_is_well_formed_svg_with_one_cell_per_item_and_party()
    {
        var report = Year1998();
        var svg = XDocument.Parse(MatrixSvg.Render(report).Value);
        XNamespace ns = "http://www.w3.org/2000/svg";

        var cells = svg.Descendants(ns + "rect").Where(r => (string?)r.Attribute("class") == "cell").ToList();
        Assert.Equal(43 * 17, cells.Count);
        Assert.Equal(43 * 17, cells.Select(c => ((string?)c.Attribute("data-item"), (string?)c.Attribute("data-party"))).Distinct().Count());
        Assert.Equal("on-time", (string?)cells.Single(c => (string?)c.Attribute("data-item") == "6" && (string?)c.Attribute("data-party") == "BE").Attribute("data-state"));
        Assert.Equal("not-owed", (string?)cells.Single(c => (string?)c.Attribute("data-item") == "6" && (string?)c.Attribute("data-party") == "COM").Attribute("data-state"));
        Assert.Equal(43, ReadCsv(ReportCsv.Matrix(report)).Count - 1);
    }

    [Fact]
    public void The_annual_report_says_what_it_is_in_its_first_lines_and_parses_without_error()
    {
        var html = ReportHtml.Annual(Year1998());

        Assert.Contains("annual report to the Council, 1998", html, StringComparison.Ordinal);
        Assert.Contains("Point 10 of the Council Resolution", html, StringComparison.Ordinal);
        Assert.Contains("covers the year 1998", html, StringComparison.Ordinal);
        Assert.Contains("1998-H1: Presidency of UK", html, StringComparison.Ordinal);
        AssertParsesCleanly(html);
    }

    private static void AssertParsesCleanly(string html)
    {
        var errors = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, e) => errors.Add(e is AngleSharp.Html.Dom.Events.HtmlErrorEvent h ? $"{h.Position.Line}:{h.Position.Column} {h.Message}" : "error");
        var document = parser.ParseDocument(html);
        Assert.Empty(errors);
        Assert.NotNull(document.Body);
    }

    private static List<List<string>> ReadCsv(string csv)
    {
        var rows = new List<List<string>> { new() };
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { rows[^1].Add(field.ToString()); field.Clear(); }
            else if (c == '\r') { }
            else if (c == '\n') { rows[^1].Add(field.ToString()); field.Clear(); rows.Add([]); }
            else field.Append(c);
        }

        rows.RemoveAt(rows.Count - 1);
        return rows;
    }
}
