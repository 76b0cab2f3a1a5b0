namespace ProgrammeWorkflows.Domain.Delegates;

/// <summary>
/// Addresses that receive every escalation mail besides the delegates of the Presidency in office (the Council
/// secretariat's desk, say): written <c>a@example.org;b@example.org</c>. Each is a recipient of its own, so each gets
/// its own outbox record and is sent each mail once.
/// </summary>
public static class PresidencyContacts
{
    /// <summary>The party code the contacts' mail is filed under: the same as the Presidency's.</summary>
    public const string Party = "PRESIDENCY";

    public static Validated<IReadOnlyList<PartyDelegate>> Parse(string? list)
    {
        var problems = new List<Problem>();
        var contacts = new List<PartyDelegate>();
        foreach (var address in (list ?? string.Empty).Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!DelegateDirectoryCsv.IsEmailAddress(address))
                problems.Add(new Problem("Presidency:Contacts", $"\"{address}\" is not an email address"));
            else if (contacts.Any(c => string.Equals(c.Email, address, StringComparison.OrdinalIgnoreCase)))
                problems.Add(new Problem("Presidency:Contacts", $"{address} is given twice"));
            else
                contacts.Add(new PartyDelegate(Party, "Presidency contact", address, DelegateRole.Deputy, "en"));
        }

        return problems.Count > 0 ? Validated.Invalid<IReadOnlyList<PartyDelegate>>(problems) : Validated.Valid<IReadOnlyList<PartyDelegate>>(contacts);
    }
}
