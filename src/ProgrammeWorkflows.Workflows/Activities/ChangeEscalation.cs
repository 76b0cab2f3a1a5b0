using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Workflows.Activities;

public sealed record EscalationChange(ItemCycleRef Cycle, string EscalationId, WorkflowEvent Kind, DateTimeOffset At, string By);

/// <summary>
/// What the policy and the party do to an escalation: the second level (30 days overdue), mailed to the Presidency in
/// office then; the party's submission, which resolves it (extended or not); the close with the party missing, recorded
/// on it. Each is idempotent.
/// </summary>
public sealed class ChangeEscalation(IProgrammeCatalog catalog, IDelegateDirectorySource directory, IEscalationStore escalations, OutboxWriter writer)
    : IWorkflowActivity<EscalationChange, string>
{
    public async Task<string> RunAsync(EscalationChange input)
    {
        var programmeId = input.Cycle.ProgrammeId;
        var changed = await escalations.UpdateAsync(programmeId, input.EscalationId, e => e.Record(input.Kind, input.At, input.By));
        if (input.Kind == WorkflowEvent.SecondLevel && changed.Level == 2 && changed.AwaitsPresidency)
        {
            var presidency = catalog.Load(programmeId).Presidencies.InOfficeOn(DateOnly.FromDateTime(input.At.UtcDateTime)).Party;
            await writer.RecordAsync(
                new MailSubject(input.Cycle, NotificationKinds.Presidency, NotificationKinds.Escalation, $"{changed.Party}-r{changed.Round}-l2", input.At, changed.DueDate, changed.Id),
                directory.EscalationRecipients(presidency),
                linkExpiresAt: null);
        }

        return changed.State.ToString();
    }
}
