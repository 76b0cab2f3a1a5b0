using ProgrammeWorkflows.Workflows.Items;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Workflows.Activities;

public sealed record PartyRef(ItemCycleRef Cycle, string Party);

/// <summary>
/// Reads the submission store for a party: what the follow-up does after every timer, so that a submission whose
/// event was lost is still seen before a reminder or an escalation goes out.
/// </summary>
public sealed class FindSubmission(ISubmissionStore submissions) : IWorkflowActivity<PartyRef, SubmissionReceived?>
{
    public async Task<SubmissionReceived?> RunAsync(PartyRef input)
    {
        var versions = await submissions.ListAsync(input.Cycle.ProgrammeId, input.Cycle.Item, input.Cycle.Cycle, input.Party);
        if (versions.Count == 0)
            return null;
        var latest = versions[^1];
        return new SubmissionReceived(input.Party, latest.Version, latest.SubmittedAt, versions.Min(v => v.SubmittedAt));
    }
}
