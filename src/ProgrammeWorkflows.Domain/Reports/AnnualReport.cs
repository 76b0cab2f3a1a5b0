using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Domain.Programme;
using ProgrammeWorkflows.Domain.Submissions;

namespace ProgrammeWorkflows.Domain.Reports;

/// <summary>The state of one cell of the items x parties matrix.</summary>
public static class MatrixCellStates
{
    public const string OnTime = "on-time";
    public const string Late = "late";
    public const string Missing = "missing";
    public const string Waived = "waived";
    public const string NotOwed = "not-owed";
    public const string NotYetDue = "not-yet-due";

    /// <summary>The cycle was never followed up: nobody was asked, so nobody is missing.</summary>
    public const string NotFollowedUp = "not-followed-up";

    /// <summary>A party's standing as a matrix cell. A Presidency's resolution without a submission releases the party, as a waiver does.</summary>
    public static string Of(string standing) => standing switch
    {
        "on-time" => OnTime,
        "late" => Late,
        "missing" or "overdue" => Missing,
        "waived" or "resolved" => Waived,
        "not-followed-up" => NotFollowedUp,
        _ => NotYetDue,
    };
}

public sealed record MatrixRow(int Item, string Section, string Cycle, string Kind, DateOnly Due, IReadOnlyList<string> Cells);

public sealed record OverdueEntry(int Item, string Cycle, string Party, DateOnly Due, string Standing);

public sealed record PresidencyEscalations(string Term, string Presidency, IReadOnlyList<EscalationSummary> Escalations);

public sealed record PartyRecord(string Code, string Name, int Owed, int OnTime, int Late, int Missing, int Waived, int NotYetDue);

/// <summary>
/// The annual report to the Council (point 10 of the Resolution): the year covered, the items x parties matrix, the
/// state of each item by section, what is overdue, the escalations by Presidency, each party's record, and the
/// consolidated texts in an appendix. The escalations are those raised in the reporting period: from the day after the
/// previous year's report (<see cref="EscalationsFrom"/>) to <see cref="AsOf"/>, so that a deadline missed on
/// 31 December, escalated on 1 January, is in the report that follows and in no other.
/// </summary>
public sealed record AnnualReport(
    string ProgrammeId,
    string ProgrammeTitle,
    int Year,
    DateOnly AsOf,
    DateOnly EscalationsFrom,
    IReadOnlyList<string> Opening,
    IReadOnlyList<string> PartyCodes,
    IReadOnlyList<MatrixRow> Matrix,
    IReadOnlyList<OverdueEntry> Overdue,
    IReadOnlyList<PresidencyEscalations> EscalationsByPresidency,
    IReadOnlyList<PartyRecord> PartyRecords,
    IReadOnlyList<ConsolidatedReport> Appendix)
{
    /// <summary>The cycle of an item that the report for a year covers: the cycle of that year, else the item's one cycle.</summary>
    public static ItemCycle? CycleForYear(IEnumerable<ItemCycle> cyclesOfItem, int year)
    {
        var cycles = cyclesOfItem.ToList();
        return cycles.FirstOrDefault(c => c.Cycle == year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture))
            ?? (cycles.Count == 1 ? cycles[0] : null);
    }

    public static AnnualReport Build(ProgrammeDefinition programme, int year, DateOnly asOf, IReadOnlyList<ConsolidatedReport> cycleReports)
    {
        var parties = programme.Parties.Parties.Select(p => p.Code).ToList();
        var rows = new List<MatrixRow>();
        var overdue = new List<OverdueEntry>();
        foreach (var report in cycleReports.OrderBy(r => r.Item.Number))
        {
            var cells = parties.Select(code =>
            {
                var section = report.Parties.FirstOrDefault(p => p.Code == code);
                return section is null ? MatrixCellStates.NotOwed : MatrixCellStates.Of(section.Standing);
            }).ToList();
            rows.Add(new MatrixRow(report.Item.Number, report.Item.Section, report.Cycle, report.Kind, report.Due, cells));
            overdue.AddRange(report.Parties
                .Where(p => p.Standing is "overdue" or "missing")
                .Select(p => new OverdueEntry(report.Item.Number, report.Cycle, p.Code, p.Due, p.Standing)));
        }

        var from = ProgrammeDay.Later(programme.Period.From, programme.FollowUp.AnnualReport.In(year).AddDays(1));
        var escalations = cycleReports.SelectMany(r => r.Escalations)
            .Where(e => e.RaisedAt >= ProgrammeDay.Start(from))
            .GroupBy(e => programme.Presidencies.InOfficeOn(DateOnly.FromDateTime(e.RaisedAt.UtcDateTime)))
            .OrderBy(g => g.Key.From)
            .Select(g => new PresidencyEscalations(g.Key.Term, g.Key.Party, [.. g.OrderBy(e => e.RaisedAt)]))
            .ToList();

        var records = programme.Parties.Parties.Select((party, index) =>
        {
            var cells = rows.Select(r => r.Cells[index]).ToList();
            int Count(string state) => cells.Count(c => c == state);
            return new PartyRecord(party.Code, party.Name, cells.Count - Count(MatrixCellStates.NotOwed) - Count(MatrixCellStates.NotFollowedUp), Count(MatrixCellStates.OnTime), Count(MatrixCellStates.Late), Count(MatrixCellStates.Missing), Count(MatrixCellStates.Waived), Count(MatrixCellStates.NotYetDue));
        }).ToList();

        string[] opening =
        [
            $"Point 10 of the Council Resolution adopting a strategic action programme for the customs administrations provides that the Council will each year be informed of the follow-up given to the Resolution, in particular of the implementation and the regular evaluation of the timetable set out in its annex.",
            $"This report covers the year {year}, as of {asOf:d MMMM yyyy}: {rows.Count} timetable items, {overdue.Count} obligations overdue or missing, and {escalations.Sum(g => g.Escalations.Count)} escalations to the Presidency raised since {from:d MMMM yyyy}.",
        ];

        return new AnnualReport(programme.Id, programme.Title, year, asOf, from, opening, parties, rows, overdue, escalations, records, [.. cycleReports.OrderBy(r => r.Item.Number)]);
    }
}
