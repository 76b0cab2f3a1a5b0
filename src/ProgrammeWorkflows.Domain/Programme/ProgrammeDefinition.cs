using ProgrammeWorkflows.Domain.Parties;

namespace ProgrammeWorkflows.Domain.Programme;

/// <summary>The period the timetable covers ("July 1997 to December 1998").</summary>
public sealed record ProgrammePeriod(DateOnly From, DateOnly To)
{
    public IEnumerable<int> Years => Enumerable.Range(From.Year, To.Year - From.Year + 1);
}

/// <summary>A programme: its parties, the Presidency rotation, the follow-up policy and the timetable items.</summary>
public sealed record ProgrammeDefinition(
    string Id,
    string Title,
    string Source,
    ProgrammePeriod Period,
    PartyRegister Parties,
    PresidencyRotation Presidencies,
    FollowUpPolicy FollowUp,
    IReadOnlyList<TimetableItem> Items)
{
    public TimetableItem Item(int number) =>
        Items.FirstOrDefault(i => i.Number == number) ?? throw new KeyNotFoundException($"programme {Id} has no item {number}");
}
