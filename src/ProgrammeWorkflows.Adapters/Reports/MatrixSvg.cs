using System.Globalization;
using ProgrammeWorkflows.Adapters.Rendering;
using ProgrammeWorkflows.Domain.Reports;

namespace ProgrammeWorkflows.Adapters.Reports;

/// <summary>
/// The items x parties matrix as an SVG heatmap: one cell per (item, party), a colour and a symbol per state (so it
/// reads printed in black and white too), a legend, and a tooltip per cell.
/// </summary>
public static class MatrixSvg
{
    public static readonly IReadOnlyList<(string State, string Label, string Colour, string Symbol)> States =
    [
        (MatrixCellStates.OnTime, "on time", "#2e7d32", "✓"),
        (MatrixCellStates.Late, "late", "#f9a825", "L"),
        (MatrixCellStates.Missing, "missing", "#c62828", "✗"),
        (MatrixCellStates.Waived, "waived or resolved", "#6a1b9a", "W"),
        (MatrixCellStates.NotYetDue, "not yet due", "#90a4ae", "…"),
        (MatrixCellStates.NotOwed, "not owed", "#ffffff", ""),
        (MatrixCellStates.NotFollowedUp, "not followed up", "#eceff1", "–"),
    ];

    private const int Cell = 20;
    private const int LegendSpacing = 130;
    private const int Left = 60;
    private const int Top = 40;

    public static Html Render(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var width = Left + (report.PartyCodes.Count * Cell) + 10;
        var height = Top + (report.Matrix.Count * Cell) + 40;
        var cells = report.Matrix.SelectMany((row, r) => row.Cells.Select((state, c) =>
        {
            var (_, label, colour, symbol) = States.First(s => s.State == state);
            var x = Left + (c * Cell);
            var y = Top + (r * Cell);
            return Html.Of($"""<g><rect class="cell" data-item="{row.Item}" data-party="{report.PartyCodes[c]}" data-state="{state}" x="{x}" y="{y}" width="{Cell}" height="{Cell}" fill="{colour}" stroke="#9e9e9e" stroke-width="0.5"><title>Item {row.Item} ({row.Cycle}), {report.PartyCodes[c]}: {label}</title></rect><text x="{x + (Cell / 2)}" y="{y + 14}" text-anchor="middle" font-size="10" fill="{(state is MatrixCellStates.NotYetDue or MatrixCellStates.NotOwed or MatrixCellStates.NotFollowedUp ? "#263238" : "#ffffff")}">{symbol}</text></g>""");
        }));
        var partyLabels = report.PartyCodes.Select((code, c) => Html.Of($"""<text x="{Left + (c * Cell) + (Cell / 2)}" y="{Top - 6}" text-anchor="middle" font-size="8">{code}</text>"""));
        var itemLabels = report.Matrix.Select((row, r) => Html.Of($"""<text x="{Left - 6}" y="{Top + (r * Cell) + 13}" text-anchor="end" font-size="9">{row.Item}</text>"""));
        var legend = States.Select((s, i) => Html.Of($"""<g><rect x="{Left + (i * LegendSpacing)}" y="{height - 28}" width="12" height="12" fill="{s.Colour}" stroke="#9e9e9e"/><text x="{Left + (i * LegendSpacing) + 16}" y="{height - 18}" font-size="10">{s.Symbol} {s.Label}</text></g>"""));
        return Html.Of($"""
            <svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Items by parties, {report.Year}" viewBox="0 0 {Math.Max(width, Left + (States.Count * LegendSpacing))} {height}" width="100%" font-family="Arial, Helvetica, sans-serif">
            <text x="{Left}" y="14" font-size="11" font-weight="bold">Timetable items (rows) by parties (columns), {report.Year.ToString(CultureInfo.InvariantCulture)}</text>
            {Html.Join(partyLabels)}{Html.Join(itemLabels)}{Html.Join(cells)}{Html.Join(legend)}
            </svg>
            """);
    }
}
