using System.Globalization;
using System.Text;
using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Domain.Reports;

namespace ProgrammeWorkflows.Adapters.Reports;

/// <summary>Reports as Markdown; text from people is escaped (no raw HTML, no Markdown of theirs takes effect).</summary>
public static class ReportMarkdown
{
    /// <summary>
    /// The one encoder of people's text in the Markdown reports: it renders as the text it is, wherever it stands.
    /// Markdown's punctuation (emphasis, links, code, headings, lists, tables' pipes, setext underlines, math; a bare address stays an address) is escaped
    /// with a backslash; HTML's angle brackets and ampersands become entities; whitespace that would open an indented
    /// code block at the start of a line becomes character references. Line breaks stay hard breaks.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        return string.Join("  \n", lines.Select(EscapeLine));
    }

    private static string EscapeLine(string line)
    {
        var result = new StringBuilder(line.Length + 16);
        var leading = true;
        foreach (var c in line)
        {
            leading &= c is ' ' or '\t';
            result.Append(c switch
            {
                ' ' when leading => "&#32;",
                '\t' when leading => "&#9;",
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '(' or ')' or '#' or '+' or '-' or '.' or '!' or '|' or '~' or '=' or '$' => $"\\{c}",
                _ => c.ToString(),
            });
        }

        return result.ToString();
    }

    public static string Consolidated(ConsolidatedReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Item {report.Item.Number}: {Escape(report.Item.Section)} ({report.Cycle})").AppendLine();
        AppendBody(md, report, "##");
        return md.ToString();
    }

    public static string Annual(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Annual report to the Council, {report.Year}").AppendLine();
        foreach (var paragraph in report.Opening)
            md.AppendLine(Escape(paragraph)).AppendLine();
        md.AppendLine("## Items by parties").AppendLine();
        md.AppendLine("| item | " + string.Join(" | ", report.PartyCodes) + " |");
        md.AppendLine("|---|" + string.Concat(report.PartyCodes.Select(_ => "---|")));
        foreach (var row in report.Matrix)
            md.AppendLine($"| {row.Item.ToString(CultureInfo.InvariantCulture)} | {string.Join(" | ", row.Cells.Select(c => MatrixSvg.States.First(s => s.State == c).Symbol))} |");
        md.AppendLine().AppendLine(string.Join(" · ", MatrixSvg.States.Where(s => s.Symbol.Length > 0).Select(s => $"{s.Symbol} {s.Label}"))).AppendLine();
        md.AppendLine("## State of each item, by section").AppendLine();
        foreach (var section in report.Appendix.GroupBy(r => r.Item.Section))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"### {Escape(section.Key)}").AppendLine();
            md.AppendLine("| item | due | owed | on time | late | missing | waived | not yet due |");
            md.AppendLine("|---|---|---|---|---|---|---|---|");
            foreach (var r in section)
                md.AppendLine(CultureInfo.InvariantCulture, $"| {r.Item.Number} ({r.Cycle}) | {r.Due:yyyy-MM-dd} | {r.Counts.Owed} | {r.Counts.OnTime} | {r.Counts.Late} | {r.Counts.Missing} | {r.Counts.Waived + r.Counts.Resolved} | {r.Counts.Waiting} |");
            md.AppendLine();
        }

        md.AppendLine("## Overdue and missing").AppendLine();
        if (report.Overdue.Count == 0)
            md.AppendLine("Nothing is overdue.");
        foreach (var o in report.Overdue)
            md.AppendLine(CultureInfo.InvariantCulture, $"- item {o.Item} ({o.Cycle}), {o.Party}: {o.Standing}, due {o.Due:yyyy-MM-dd}");
        md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## Escalations to the Presidency since {report.EscalationsFrom:d MMMM yyyy}").AppendLine();
        if (report.EscalationsByPresidency.Count == 0)
            md.AppendLine("No escalation in this period.").AppendLine();
        foreach (var presidency in report.EscalationsByPresidency)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"### {presidency.Term}: Presidency of {presidency.Presidency}").AppendLine();
            AppendEscalations(md, presidency.Escalations);
        }

        md.AppendLine("## Each party's record").AppendLine();
        foreach (var p in report.PartyRecords)
            md.AppendLine(CultureInfo.InvariantCulture, $"- {Escape(p.Name)} ({p.Code}): owed {p.Owed}, on time {p.OnTime}, late {p.Late}, missing {p.Missing}, waived {p.Waived}, not yet due {p.NotYetDue}");
        md.AppendLine().AppendLine("## Appendix: the consolidated texts").AppendLine();
        foreach (var r in report.Appendix)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"### Item {r.Item.Number} ({r.Cycle})").AppendLine();
            AppendBody(md, r, "####");
        }

        return md.ToString();
    }

    private static void AppendBody(StringBuilder md, ConsolidatedReport r, string heading)
    {
        md.AppendLine(Escape(r.Item.Text)).AppendLine();
        var deadline = r.Item.DeadlinePhrase.Length > 0 ? Escape(r.Item.DeadlinePhrase) : "none (a standing obligation)";
        var reading = r.Item.DeadlineDate is { } d ? string.Create(CultureInfo.InvariantCulture, $", read as {d:yyyy-MM-dd} ({r.Item.Rule})") : "";
        md.AppendLine(CultureInfo.InvariantCulture, $"Deadline: {deadline}{reading}. This cycle: {r.Cycle}, due {r.Due:yyyy-MM-dd}, as of {r.AsOf:yyyy-MM-dd}{(r.Closed ? ", closed" : "")}.").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Summary: {r.Counts.Owed} owing parties; {r.Counts.OnTime} on time, {r.Counts.Late} late, {r.Counts.Missing} not at all, {r.Counts.Waived} waived, {r.Counts.Resolved} resolved, {r.Counts.Waiting} not yet due.").AppendLine();
        md.AppendLine("Missing: " + (r.MissingParties.Count == 0 ? "none" : string.Join(", ", r.MissingParties)) + ".").AppendLine();
        foreach (var p in r.Parties)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"{heading} {Escape(p.Name)} ({p.Code}): {p.Standing}").AppendLine();
            md.AppendLine(p.Latest is { } s
                ? string.Create(CultureInfo.InvariantCulture, $"Status {s.Status}, submitted {s.SubmittedAt:yyyy-MM-dd} by {Escape(s.DelegateName)}, version {s.Version}{(p.Amendments > 0 ? $" after {p.Amendments} amendment{(p.Amendments == 1 ? "" : "s")}" : "")}.{(s.Attachments.Count > 0 ? $" Attachments: {string.Join(", ", s.Attachments.Select(a => Escape(a.Name)))}." : "")}\n\n{Escape(s.Text)}")
                : "No submission.").AppendLine();
        }

        if (r.Escalations.Count > 0)
        {
            md.AppendLine("Escalations and decisions:").AppendLine();
            AppendEscalations(md, r.Escalations);
        }
    }

    private static void AppendEscalations(StringBuilder md, IReadOnlyList<EscalationSummary> escalations)
    {
        foreach (var e in escalations)
        {
            var decisions = e.Decisions.Count == 0 ? "no decision" : EscalationText.Decisions(e, "yyyy-MM-dd", Escape);
            md.AppendLine(CultureInfo.InvariantCulture, $"- item {e.Item} ({e.Cycle}), {e.Party}: missed {e.DueDate:yyyy-MM-dd}, raised {e.RaisedAt:yyyy-MM-dd} to {e.RaisedTo}, level {e.Level}, {e.State}; {decisions}");
        }

        md.AppendLine();
    }
}
