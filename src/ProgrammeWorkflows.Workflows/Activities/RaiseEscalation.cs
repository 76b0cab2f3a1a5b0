using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Workflows.Activities;

/// <param name="LinkExpiresAt">When the overdue notice's link expires: a wall-clock instant.</param>
/// <param name="Previous">The escalation of the round before, extended, whose new date the party missed too: superseded by this one.</param>
public sealed record EscalationRequest(ItemCycleRef Cycle, string Party, int Round, DateOnly Due, DateTimeOffset At, DateTimeOffset LinkExpiresAt, string? Previous = null);

/// <summary>
/// A missed deadline: stores the escalation (once), routed to the Presidency in office on that date, mails the
/// Presidency's delegates and the Presidency contacts, and sends the party an overdue notice with its link.
/// </summary>
public sealed class RaiseEscalation(IProgrammeCatalog catalog, IDelegateDirectorySource directory, IEscalationStore escalations, OutboxWriter writer)
    : IWorkflowActivity<EscalationRequest, string>
{
    public async Task<string> RunAsync(EscalationRequest input)
    {
        var programme = catalog.Load(input.Cycle.ProgrammeId);
        var presidency = programme.Presidencies.InOfficeOn(DateOnly.FromDateTime(input.At.UtcDateTime)).Party;
        var escalation = await escalations.AddIfAbsentAsync(Escalation.Raise(
            input.Cycle.InstanceId, input.Cycle.ProgrammeId, input.Cycle.Item, input.Cycle.Cycle, input.Party, input.Round, input.Due, input.At, presidency, input.Previous));
        if (input.Previous is { } previous)
            await escalations.UpdateAsync(input.Cycle.ProgrammeId, previous, e => e.SupersedeBy(escalation.Id, input.At));

        await writer.RecordAsync(
            new MailSubject(input.Cycle, NotificationKinds.Presidency, NotificationKinds.Escalation, $"{input.Party}-r{input.Round}-l1", input.At, input.Due, escalation.Id),
            directory.EscalationRecipients(escalation.RaisedTo),
            linkExpiresAt: null);
        await writer.RecordAsync(
            new MailSubject(input.Cycle, input.Party, NotificationKinds.Overdue, $"r{input.Round}-0", input.At, input.Due, escalation.Id),
            directory.Current.Of(input.Party),
            input.LinkExpiresAt);
        return escalation.Id;
    }
}
