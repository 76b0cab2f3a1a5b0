using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Domain.Programme;
using ProgrammeWorkflows.Workflows.Time;

namespace ProgrammeWorkflows.Workflows.Items;

/// <summary>The input of an item orchestration: the cycle, the programme's follow-up policy, and the programme clock.</summary>
public sealed record ItemFollowUpInput(ItemCycle Cycle, FollowUpPolicy Policy, ProgrammeClock Clock);

/// <summary>Raised to the item orchestration after a submission is stored (event <c>submission-{party}</c>).</summary>
public sealed record SubmissionReceived(string Party, int Version, DateTimeOffset SubmittedAt, DateTimeOffset FirstSubmittedAt);

/// <summary>Raised to the item orchestration after a Presidency decision is stored (event <c>decision-{party}</c>).</summary>
public sealed record PresidencyDecisionMade(string Party, string EscalationId, PresidencyDecision Kind, DateOnly? NewDueDate, DateTimeOffset At);

/// <summary>The names of the events an item orchestration waits for: one pair per owing party.</summary>
public static class FollowUpEvents
{
    public static string Submission(string party) => $"submission-{party}";

    public static string Decision(string party) => $"decision-{party}";
}

/// <summary>How one party's follow-up ended, and when (programme time: the submission, the decision, or the close step).</summary>
public sealed record PartyOutcome(string Party, string Standing, DateOnly Due, DateTimeOffset? FirstSubmittedAt, int EscalationRounds, DateTimeOffset EndedAt);

/// <summary>How an item cycle ended: every party's outcome and the consolidated report.</summary>
public sealed record ItemOutcome(string InstanceId, IReadOnlyList<PartyOutcome> Parties, string? ReportId);

/// <summary>The custom status of an item orchestration at every step: each party's standing and its open escalation, if any.</summary>
public sealed record ItemFollowUpStatus(string Phase, IReadOnlyDictionary<string, string> Parties, IReadOnlyDictionary<string, string> Escalated);
