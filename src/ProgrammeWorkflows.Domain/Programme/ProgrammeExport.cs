using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ProgrammeWorkflows.Domain.Deadlines;

namespace ProgrammeWorkflows.Domain.Programme;

/// <summary>The normalized programme as a JSON array, one object per timetable item (groups of owners expanded to party codes).</summary>
public static class ProgrammeExport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,

        // Printed on a terminal or written to a file, never embedded in HTML: keep the text readable ("–", quotes).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public sealed record ExportedDeadline(string Text, string? Date, string Rule);

    public sealed record ExportedItem(
        int Number,
        string Section,
        string Text,
        ExportedDeadline Deadline,
        IReadOnlyList<string> Owners,
        string Recurrence,
        string Deliverable,
        string Notes);

    public static IReadOnlyList<ExportedItem> ToItems(ProgrammeDefinition programme) =>
        [.. programme.Items.Select(i => new ExportedItem(
            i.Number,
            i.Section,
            i.Text,
            new ExportedDeadline(i.Deadline.Text, i.Deadline.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), i.Deadline.Rule.ToName()),
            i.Owners,
            i.Recurrence.ToName(),
            i.Deliverable,
            i.Notes))];

    public static string ToJson(ProgrammeDefinition programme) => JsonSerializer.Serialize(ToItems(programme), Options);
}
