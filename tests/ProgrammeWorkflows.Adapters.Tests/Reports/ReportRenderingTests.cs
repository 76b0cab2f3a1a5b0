using System.Xml.Linq;
using AngleSharp.Html.Parser;
using ProgrammeWorkflows.Adapters.Rendering;
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

    private static ConsolidatedReport ItemSix() => ItemSix(AsOf, closed: true);

    private static ConsolidatedReport ItemSix(DateOnly asOf, bool closed)
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
            asOf,
            closed);
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
    public void A_report_as_of_a_day_leaves_out_what_was_submitted_raised_or_decided_after_it()
    {
        // 4 April 1998: FR's waiver (raised + 3 days) is in; DK's late answer of 10 April is not, so DK is overdue and its
        // escalation open; BE's amendment of 2 February is in.
        var report = ItemSix(new DateOnly(1998, 4, 4), closed: false);

        Assert.Equal(new StandingCounts(15, 1, 0, 13, 1, 0, 0), report.Counts);
        Assert.Equal("overdue", report.Parties.Single(p => p.Code == "DK").Standing);
        Assert.Null(report.Parties.Single(p => p.Code == "DK").Latest);
        Assert.Equal(("open", null), report.Escalations.Where(e => e.Party == "DK").Select(e => (e.State, e.ResolvedAt)).Single());
        Assert.Equal("waived", report.Escalations.Single(e => e.Party == "FR").State);
        Assert.Equal(2, report.Parties[0].Latest!.Version);

        // The day before the deadline passed: nothing raised yet, nobody overdue.
        var before = ItemSix(new DateOnly(1998, 3, 31), closed: false);
        Assert.Empty(before.Escalations);
        Assert.Equal(new StandingCounts(15, 1, 0, 0, 0, 0, 14), before.Counts);
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
    public async Task The_html_names_every_party_once_encodes_delegate_text_and_parses_without_error()
    {
        var html = await ReportHtml.ConsolidatedAsync(ItemSix());

        foreach (var party in Programme.Item(6).Owners)
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, $@"\({party}\): "));
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Missing:</strong> DE, EL, ES, IE, IT, LU, NL, AT, PT, FI, SE, UK.", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>6 (1998)</td><td>FR</td><td>31 Mar 1998</td><td>1 Apr 1998</td><td>1</td><td>UK</td><td>waived</td><td>waive 4 Apr 1998 by UK: not applicable</td></tr>", html, StringComparison.Ordinal);
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
    public async Task The_annual_matrix_is_well_formed_svg_with_one_cell_per_item_and_party()
    {
        var report = Year1998();
        var svg = XDocument.Parse(
            await ComponentHtml.RenderAsync<MatrixSvg>(new Dictionary<string, object?> { [nameof(MatrixSvg.Report)] = report }));
        XNamespace ns = "http://www.w3.org/2000/svg";

        var cells = svg.Descendants(ns + "rect").Where(r => (string?)r.Attribute("class") == "cell").ToList();
        Assert.Equal(43 * 17, cells.Count);
        Assert.Equal(43 * 17, cells.Select(c => ((string?)c.Attribute("data-item"), (string?)c.Attribute("data-party"))).Distinct().Count());
        Assert.Equal("on-time", (string?)cells.Single(c => (string?)c.Attribute("data-item") == "6" && (string?)c.Attribute("data-party") == "BE").Attribute("data-state"));
        Assert.Equal("not-owed", (string?)cells.Single(c => (string?)c.Attribute("data-item") == "6" && (string?)c.Attribute("data-party") == "COM").Attribute("data-state"));
        Assert.Equal(43, ReadCsv(ReportCsv.Matrix(report)).Count - 1);
    }

    [Fact]
    public async Task The_annual_report_says_what_it_is_in_its_first_lines_and_parses_without_error()
    {
        var html = await ReportHtml.AnnualAsync(Year1998());

        Assert.Contains("annual report to the Council, 1998", html, StringComparison.Ordinal);
        Assert.Contains("Point 10 of the Council Resolution", html, StringComparison.Ordinal);
        Assert.Contains("covers the year 1998", html, StringComparison.Ordinal);
        Assert.Contains("1998-H1: Presidency of UK", html, StringComparison.Ordinal);
        AssertParsesCleanly(html);
    }

    [Fact]
    public void The_markdown_carries_what_the_html_carries()
    {
        var consolidated = ReportMarkdown.Consolidated(ItemSix());
        Assert.Contains("Deadline: March 1998, read as 1998-03-31 (named-month)", consolidated, StringComparison.Ordinal);
        Assert.Contains("version 2 after 1 amendment. Attachments: report\\.pdf.", consolidated, StringComparison.Ordinal);
        Assert.Contains("Escalations and decisions:", consolidated, StringComparison.Ordinal);
        Assert.Contains("- item 6 (1998), FR: missed 1998-03-31, raised 1998-04-01 to UK, level 1, waived; waive 1998-04-04 by UK: not applicable", consolidated, StringComparison.Ordinal);
        Assert.Contains("- item 6 (1998), DK: missed 1998-03-31, raised 1998-04-01 to UK, level 1, resolved; late-submission 1998-04-10 by DK: late submission received", consolidated, StringComparison.Ordinal);

        var annual = ReportMarkdown.Annual(Year1998());
        Assert.Contains("## State of each item, by section", annual, StringComparison.Ordinal);
        Assert.Contains("| 6 (1998) | 1998-03-31 | 15 | 1 | 1 | 12 | 1 | 0 |", annual, StringComparison.Ordinal);
        Assert.Contains("## Escalations to the Presidency since 1 February 1998", annual, StringComparison.Ordinal);
        Assert.Contains("### 1998-H1: Presidency of UK", annual, StringComparison.Ordinal);
        Assert.Contains("late-submission 1998-04-10 by DK: late submission received", annual, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_escalation_is_in_the_annual_report_of_the_period_it_was_raised_in_and_no_other()
    {
        // A deadline of 31 December 1997 missed, escalated on 1 January 1998: in the report as of 31 January 1998, not in 1998's.
        var cycle = ProgrammeSchedule.Find(Programme, 6, "1998");
        var raised = Escalation.Raise(cycle.InstanceId, "csap1997", 6, "1998", "EL", 0, cycle.Due, new(1998, 1, 1, 0, 0, 0, TimeSpan.Zero), "UK");
        AnnualReport Year(int year, DateOnly asOf) => AnnualReport.Build(Programme, year, asOf, [ConsolidatedReport.Build(Programme, cycle, [], [raised], Directory, asOf, closed: false)]);

        var first = Year(1997, new DateOnly(1998, 1, 31));
        var second = Year(1998, new DateOnly(1999, 1, 31));

        Assert.Equal(raised.Id, first.EscalationsByPresidency.Single().Escalations.Single().Id);
        Assert.Equal((new DateOnly(1997, 7, 1), new DateOnly(1998, 2, 1)), (first.EscalationsFrom, second.EscalationsFrom));
        Assert.Empty(second.EscalationsByPresidency);
        Assert.Contains("and 0 escalations to the Presidency raised since 1 February 1998.", second.Opening[1], StringComparison.Ordinal);
        Assert.Contains("No escalation in this period.", await ReportHtml.AnnualAsync(second), StringComparison.Ordinal);
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

    internal static List<List<string>> ReadCsv(string csv)
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
