using Microsoft.DurableTask;
using ProgrammeWorkflows.Domain.Submissions;

namespace ProgrammeWorkflows.Workflows.Items;

/// <summary>The item orchestration's custom status, kept current at every step of every party's follow-up.</summary>
internal sealed class FollowUpBoard(TaskOrchestrationContext context, IEnumerable<string> parties)
{
    private readonly SortedDictionary<string, string> standings = new(parties.ToDictionary(p => p, _ => PartyStanding.NotYetOpen.ToName()), StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> escalated = new(StringComparer.Ordinal);
    private string phase = "waiting-to-open";

    public void Phase(string value)
    {
        phase = value;
        Publish();
    }

    public void Set(string party, PartyStanding standing)
    {
        standings[party] = standing.ToName();
        if (standing is not PartyStanding.Overdue)
            escalated.Remove(party);
        Publish();
    }

    public void Escalate(string party, string escalationId, int level)
    {
        escalated[party] = level > 1 ? $"{escalationId} (level {level})" : escalationId;
        Publish();
    }

    private void Publish() => context.SetCustomStatus(new ItemFollowUpStatus(phase, new Dictionary<string, string>(standings), new Dictionary<string, string>(escalated)));
}
