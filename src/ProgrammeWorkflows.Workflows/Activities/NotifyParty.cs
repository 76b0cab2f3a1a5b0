using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Workflows.Activities;

/// <summary>
/// A mail to every delegate of a party: invitation, status request, reminder or overdue notice, each with a personal reply
/// link that expires at <paramref name="LinkExpiresAt"/>, a wall-clock instant (the close, mapped by the programme clock).
/// </summary>
public sealed record PartyNotice(ItemCycleRef Cycle, string Party, string Kind, string Sequence, DateTimeOffset ProgrammeDate, DateOnly Due, DateTimeOffset LinkExpiresAt);

public sealed class NotifyParty(IDelegateDirectorySource directory, OutboxWriter writer) : IWorkflowActivity<PartyNotice, int>
{
    public Task<int> RunAsync(PartyNotice input) =>
        writer.RecordAsync(
            new MailSubject(input.Cycle, input.Party, input.Kind, input.Sequence, input.ProgrammeDate, input.Due),
            directory.Current.Of(input.Party),
            input.LinkExpiresAt);
}
