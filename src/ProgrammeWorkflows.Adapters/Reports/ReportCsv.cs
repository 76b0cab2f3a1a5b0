using System.Globalization;
using System.Text;
using ProgrammeWorkflows.Domain.Reports;

namespace ProgrammeWorkflows.Adapters.Reports;

/// <summary>
/// The matrix and the submissions as CSV (RFC 4180: fields with commas, quotes or line breaks are quoted, quotes
/// doubled). A field a spreadsheet would read as a formula (it begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab
/// or a carriage return) is neutralised as OWASP advises: a single quote before it, and the field quoted.
/// </summary>
public static class ReportCsv
{
    private static readonly System.Buffers.SearchValues<char> FormulaStarts = System.Buffers.SearchValues.Create("=+-@\t\r");

    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var formula = value.Length > 0 && FormulaStarts.Contains(value[0]);
        var text = formula ? "'" + value : value;
        return formula || text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }

    public static string Matrix(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder();
        csv.Append("item,cycle,").Append(string.Join(',', report.PartyCodes)).Append("\r\n");
        foreach (var row in report.Matrix)
            csv.Append(CultureInfo.InvariantCulture, $"{row.Item},{Field(row.Cycle)},").Append(string.Join(',', row.Cells)).Append("\r\n");
        return csv.ToString();
    }

    /// <summary>Each party's latest submission on every item cycle of the report.</summary>
    public static string Submissions(IEnumerable<ConsolidatedReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var csv = new StringBuilder("item,cycle,party,standing,version,status,submitted_at,delegate,amendments,attachments,text\r\n");
        foreach (var r in reports)
        {
            foreach (var p in r.Parties.Where(p => p.Latest is not null))
            {
                var s = p.Latest!;
                csv.Append(string.Join(',',
                    r.Item.Number.ToString(CultureInfo.InvariantCulture), Field(r.Cycle), p.Code, p.Standing, s.Version.ToString(CultureInfo.InvariantCulture), s.Status,
                    s.SubmittedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), Field(s.DelegateName), p.Amendments.ToString(CultureInfo.InvariantCulture),
                    Field(string.Join("; ", s.Attachments.Select(a => a.Name))), Field(s.Text))).Append("\r\n");
            }
        }

        return csv.ToString();
    }
}
