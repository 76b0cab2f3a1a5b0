using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Workflows.Items;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Workflows.Activities;

/// <summary>A party of an item cycle, and the escalation its follow-up has open, if any.</summary>
public sealed record PartyRef(ItemCycleRef Cycle, string Party, string? OpenEscalationId = null);

/// <summary>What the stores say of a party: its submission, and the Presidency's decision on its open escalation.</summary>
public sealed record PartyState(SubmissionReceived? Submission, PresidencyDecisionMade? Decision);

/// <summary>
/// Reads the stores for a party: what the follow-up does after every timer, so that a submission or a decision whose
/// event was lost (the engine down when it was stored) is still acted on before a reminder or an escalation goes out.
/// </summary>
public sealed class ReadPartyState(ISubmissionStore submissions, IEscalationStore escalations) : IWorkflowActivity<PartyRef, PartyState>
{
    public async Task<PartyState> RunAsync(PartyRef input)
    {
        var versions = await submissions.ListAsync(input.Cycle.ProgrammeId, input.Cycle.Item, input.Cycle.Cycle, input.Party);
        var submission = versions.Count == 0
            ? null
            : new SubmissionReceived(input.Party, versions[^1].Version, versions[^1].SubmittedAt, versions.Min(v => v.SubmittedAt));

        PresidencyDecisionMade? decision = null;
        if (input.OpenEscalationId is { } id && await escalations.GetAsync(input.Cycle.ProgrammeId, id) is { DecisionForFollowUp: { Decision: { } made } last })
            decision = new PresidencyDecisionMade(input.Party, id, made, last.NewDueDate, last.At);

        return new PartyState(submission, decision);
    }
}
