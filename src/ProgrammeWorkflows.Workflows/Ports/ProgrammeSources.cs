using ProgrammeWorkflows.Domain.Delegates;
using ProgrammeWorkflows.Domain.Programme;

namespace ProgrammeWorkflows.Workflows.Ports;

/// <summary>The programme definitions the system follows up, by id.</summary>
public interface IProgrammeCatalog
{
    ProgrammeDefinition Load(string programmeId);
}

/// <summary>The delegate directory in force, and the Presidency contacts.</summary>
public interface IDelegateDirectorySource
{
    DelegateDirectory Current { get; }

    /// <summary>Addresses that receive every escalation mail besides the Presidency's delegates (<see cref="Domain.Delegates.PresidencyContacts"/>).</summary>
    IReadOnlyList<PartyDelegate> PresidencyContacts { get; }
}

public static class DelegateDirectorySources
{
    /// <summary>Who an escalation mail goes to: the delegates of the Presidency in office, then every Presidency contact.</summary>
    public static IReadOnlyList<PartyDelegate> EscalationRecipients(this IDelegateDirectorySource source, string presidency)
    {
        ArgumentNullException.ThrowIfNull(source);
        return [.. source.Current.Of(presidency), .. source.PresidencyContacts];
    }
}
