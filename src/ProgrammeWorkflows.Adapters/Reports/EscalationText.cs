using System.Globalization;
using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Domain.Reports;

namespace ProgrammeWorkflows.Adapters.Reports;

/// <summary>An escalation's decisions as text, the same in every format.</summary>
internal static class EscalationText
{
    /// <param name="escape">Encodes what people wrote (who, why) for the format at hand; none when the whole text is encoded afterwards (HTML).</param>
    public static string Decisions(EscalationSummary escalation, string dateFormat, Func<string, string>? escape = null)
    {
        string Escaped(string text) => escape is null ? text : escape(text);
        string Date(DateTimeOffset at) => at.ToString(dateFormat, CultureInfo.InvariantCulture);
        return string.Join("; ", escalation.Decisions.Select(d =>
            $"{d.Kind.ToName()} {Date(d.At)} by {Escaped(d.By)}{(d.NewDueDate is { } n ? $" to {n.ToString(dateFormat, CultureInfo.InvariantCulture)}" : "")}: {Escaped(d.Reason)}"));
    }
}
