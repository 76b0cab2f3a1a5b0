namespace ProgrammeWorkflows.Domain.Programme;

public enum Recurrence
{
    /// <summary>Owed once.</summary>
    None,

    /// <summary>Owed every programme year ("annually", "each year"): one cycle per year.</summary>
    Annual,
}

public static class RecurrenceNames
{
    public static string ToName(this Recurrence recurrence) => recurrence == Recurrence.Annual ? "annual" : "none";

    public static bool TryParse(string? name, out Recurrence recurrence)
    {
        (var ok, recurrence) = name switch
        {
            "none" => (true, Recurrence.None),
            "annual" => (true, Recurrence.Annual),
            _ => (false, Recurrence.None),
        };
        return ok;
    }
}
