namespace ProgrammeWorkflows.Workflows.Simulation;

/// <summary>How a simulated party answers its mail (and how the simulated Presidency treats its escalation).</summary>
public enum DelegateBehaviour
{
    /// <summary>Answers the invitation (or status request) at once.</summary>
    OnInvitation,

    /// <summary>Answers the first reminder.</summary>
    AfterFirstReminder,

    /// <summary>Answers the overdue notice: late, resolving the escalation.</summary>
    Late,

    /// <summary>Never answers: escalated, second level, closed as missing.</summary>
    Never,

    /// <summary>Misses the deadline; the Presidency extends it by 30 days; answers the notice of the new date.</summary>
    Extended,

    /// <summary>Misses the deadline; the Presidency waives the obligation.</summary>
    Waived,
}

/// <summary>Who behaves how, per programme, item, cycle and party.</summary>
public interface IDelegateBehaviours
{
    DelegateBehaviour BehaviourOf(string programmeId, int item, string cycle, string party);
}

/// <summary>Behaviours set one by one, with a default for everyone else.</summary>
public sealed class DelegateBehaviourTable(DelegateBehaviour fallback = DelegateBehaviour.OnInvitation) : IDelegateBehaviours
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, int, string, string), DelegateBehaviour> table = new();

    public void Set(string programmeId, int item, string cycle, string party, DelegateBehaviour behaviour) => table[(programmeId, item, cycle, party)] = behaviour;

    public DelegateBehaviour BehaviourOf(string programmeId, int item, string cycle, string party) =>
        table.TryGetValue((programmeId, item, cycle, party), out var behaviour) ? behaviour : fallback;
}
