using ProgrammeWorkflows.Domain.Deadlines;

namespace ProgrammeWorkflows.Domain.Programme;

/// <summary>One numbered item of the annex timetable: who owes what, often by when.</summary>
/// <param name="Owners">Party codes in protocol order (groups already expanded).</param>
public sealed record TimetableItem(
    int Number,
    string Section,
    string Text,
    DeadlineReading Deadline,
    IReadOnlyList<string> Owners,
    Recurrence Recurrence,
    string Deliverable,
    string Notes)
{
    /// <summary>No date and no recurrence: its status is asked for once a year, without a reminder ladder.</summary>
    public bool IsStanding => Deadline.IsStanding && Recurrence == Recurrence.None;
}
