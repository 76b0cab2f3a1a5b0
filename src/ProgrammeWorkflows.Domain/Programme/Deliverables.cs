namespace ProgrammeWorkflows.Domain.Programme;

/// <summary>What an owner must deliver under a timetable item. The programme file names one of these.</summary>
public static class Deliverables
{
    public static IReadOnlySet<string> Known { get; } = new SortedSet<string>(StringComparer.Ordinal)
    {
        "action",
        "attendance",
        "business-case",
        "catalogue",
        "decision",
        "directory",
        "guidelines",
        "meeting",
        "nomination",
        "participation",
        "ratification",
        "report",
        "study",
        "training",
        "work-programme",
    };
}
