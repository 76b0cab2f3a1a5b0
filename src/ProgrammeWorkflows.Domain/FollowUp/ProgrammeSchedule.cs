using ProgrammeWorkflows.Domain.Programme;

namespace ProgrammeWorkflows.Domain.FollowUp;

/// <summary>The annual report of a programme year, and the programme day it is due.</summary>
public sealed record AnnualReportDue(int Year, DateOnly On);

/// <summary>
/// The cycles of every timetable item of a programme:
/// <list type="bullet">
/// <item>an item with a deadline and no recurrence: one cycle, named by the year of its deadline, open from the start of the programme;</item>
/// <item>a recurring item: one cycle per programme year from the year of its deadline (or the first year), due on the deadline's day of that year
/// (31 December when the item has no deadline), open from 1 January (or the start of the programme);</item>
/// <item>a standing item: a status request per programme year, sent on the policy's status-request day and answered by 31 December.</item>
/// </list>
/// </summary>
public static class ProgrammeSchedule
{
    public static IReadOnlyList<ItemCycle> Cycles(ProgrammeDefinition programme) =>
        [.. programme.Items.SelectMany(item => CyclesOf(programme, item))];

    public static IEnumerable<ItemCycle> CyclesOf(ProgrammeDefinition programme, TimetableItem item)
    {
        var period = programme.Period;
        DateOnly OpensIn(int year, DateOnly onDay) => ProgrammeDay.Later(period.From, onDay);

        if (item.IsStanding)
        {
            foreach (var year in period.Years)
            {
                var due = new DateOnly(year, 12, 31);
                yield return new ItemCycle(programme.Id, item.Number, Year(year), CycleKind.StatusRequest, Earlier(OpensIn(year, programme.FollowUp.StatusRequest.In(year)), due), due, item.Owners);
            }

            yield break;
        }

        if (item.Recurrence == Recurrence.None)
        {
            var due = item.Deadline.Date!.Value;
            yield return new ItemCycle(programme.Id, item.Number, Year(due.Year), CycleKind.Deadline, Earlier(period.From, due), due, item.Owners);
            yield break;
        }

        var firstYear = item.Deadline.Date?.Year ?? period.From.Year;
        foreach (var year in period.Years.Where(y => y >= firstYear))
        {
            var due = item.Deadline.Date is { } deadline
                ? new DateOnly(year, deadline.Month, Math.Min(deadline.Day, DateTime.DaysInMonth(year, deadline.Month)))
                : new DateOnly(year, 12, 31);
            yield return new ItemCycle(programme.Id, item.Number, Year(year), CycleKind.Deadline, Earlier(OpensIn(year, new DateOnly(year, 1, 1)), due), due, item.Owners);
        }
    }

    /// <summary>The annual report of each programme year, and the day it is due (the policy's day of the next year).</summary>
    public static IReadOnlyList<AnnualReportDue> AnnualReports(ProgrammeDefinition programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return [.. programme.Period.Years.Select(y => new AnnualReportDue(y, programme.FollowUp.AnnualReport.In(y + 1)))];
    }

    /// <summary>
    /// The annual report due on a programme day: that of the programme year just ended, from its day (31 January of the
    /// next year) until the next year's day. None when the year just ended is not a year of the programme (a clock before
    /// the programme, or long after it), so a yearly schedule reports on each programme year once and on nothing else.
    /// </summary>
    public static AnnualReportDue? AnnualReportDueOn(ProgrammeDefinition programme, DateOnly today) =>
        AnnualReports(programme).LastOrDefault(r => r.On <= today && today < programme.FollowUp.AnnualReport.In(r.Year + 2));

    public static ItemCycle Find(ProgrammeDefinition programme, int item, string cycle) =>
        CyclesOf(programme, programme.Item(item)).FirstOrDefault(c => c.Cycle == cycle)
        ?? throw new KeyNotFoundException($"item {item} of {programme.Id} has no cycle {cycle}");

    private static string Year(int year) => year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture);

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;
}
