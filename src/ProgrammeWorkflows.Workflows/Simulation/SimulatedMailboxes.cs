using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Domain.Submissions;
using ProgrammeWorkflows.Workflows.Intake;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Workflows.Simulation;

/// <summary>
/// The outbox, with simulated people reading their mail: when a mail is recorded, its recipient acts as its behaviour
/// says, through the same intake and decisions the web endpoints use (store first, then signal). A delegate answers
/// from the primary delegate's mail only, so a party answers once per mail however many delegates it has. Only the local
/// engines run it: they have a durable client among their services.
/// </summary>
public sealed class SimulatedMailboxes(IOutbox inner, IServiceProvider services, IDelegateBehaviours behaviours, IDelegateDirectorySource directory, ILogger<SimulatedMailboxes> log) : IOutbox
{
    /// <summary>How long the simulated Presidency extends a deadline, from the day it decides.</summary>
    public const int ExtensionDays = 30;

    /// <summary>How long after a mail's programme date a simulated delegate answers it.</summary>
    public static readonly TimeSpan ReactionTime = TimeSpan.FromHours(20);

    public async Task<bool> AddIfAbsentAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var added = await inner.AddIfAbsentAsync(message, cancellationToken);
        if (added)
        {
            try
            {
                await ReactAsync(message, cancellationToken);
            }
#pragma warning disable CA1031 // A simulated person failing to act is logged; the workflow goes on as it would with a real one.
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                log.LogWarning(e, "Simulated reaction to {Mail} failed", message.Id);
            }
        }

        return added;
    }

    public Task<OutboxMessage?> GetAsync(string programmeId, string id, CancellationToken cancellationToken = default) => inner.GetAsync(programmeId, id, cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> ListAsync(string programmeId, CancellationToken cancellationToken = default) => inner.ListAsync(programmeId, cancellationToken);

    public Task MarkAsync(string programmeId, string id, OutboxState state, int attempts, string? lastError, CancellationToken cancellationToken = default) =>
        inner.MarkAsync(programmeId, id, state, attempts, lastError, cancellationToken);

    private async Task ReactAsync(OutboxMessage mail, CancellationToken cancellationToken)
    {
        if (mail is { Party: NotificationKinds.Presidency, Kind: NotificationKinds.Escalation, EscalationId: { } escalationId }
            && mail.Sequence.EndsWith("-r0-l1", StringComparison.Ordinal)
            && IsFirstRecipient(mail, directory.Current.Delegates.Where(d => d.Email == mail.ToAddress).Select(d => d.Party).FirstOrDefault()))
        {
            var party = mail.Sequence[..mail.Sequence.IndexOf('-', StringComparison.Ordinal)];

            // The simulated Presidency decides on the day the escalation reaches it.
            var today = DateOnly.FromDateTime(mail.ProgrammeDate.UtcDateTime);
            var decision = behaviours.BehaviourOf(mail.ProgrammeId, mail.Item, mail.Cycle, party) switch
            {
                DelegateBehaviour.Extended => new DecisionRequest(PresidencyDecision.Extend, "simulated Presidency", "extended by the Presidency", today.AddDays(ExtensionDays)),
                DelegateBehaviour.Waived => new DecisionRequest(PresidencyDecision.Waive, "simulated Presidency", "waived by the Presidency", null),
                _ => null,
            };
            if (decision is not null)
                await services.GetRequiredService<EscalationDecisions>().DecideAsync(services.GetRequiredService<DurableTaskClient>(), mail.ProgrammeId, escalationId, decision, mail.ProgrammeDate, cancellationToken);
            return;
        }

        if (mail.Party == NotificationKinds.Presidency || !IsFirstRecipient(mail, mail.Party))
            return;
        var answers = behaviours.BehaviourOf(mail.ProgrammeId, mail.Item, mail.Cycle, mail.Party) switch
        {
            DelegateBehaviour.OnInvitation => mail.Kind is NotificationKinds.Invitation or NotificationKinds.StatusRequest,
            DelegateBehaviour.AfterFirstReminder => mail is { Kind: NotificationKinds.Reminder, Sequence: "r1" },
            DelegateBehaviour.Late => mail is { Kind: NotificationKinds.Overdue, Sequence: "r0-0" },
            DelegateBehaviour.Extended => mail is { Kind: NotificationKinds.Reminder, Sequence: "x1" },
            _ => false,
        };
        if (!answers)
            return;

        var delegateId = directory.Current.Of(mail.Party)[0].Id;
        await services.GetRequiredService<SubmissionIntake>().SubmitAsync(
            services.GetRequiredService<DurableTaskClient>(),
            new LinkScope(mail.ProgrammeId, mail.Item, mail.Cycle, mail.Party, delegateId),
            SubmissionStatus.Done,
            $"{mail.Party} reports on item {mail.Item} ({mail.Cycle}): the obligation is met.",
            [],
            mail.ProgrammeDate + ReactionTime,
            cancellationToken: cancellationToken);
    }

    private bool IsFirstRecipient(OutboxMessage mail, string? party) =>
        party is not null && directory.Current.Of(party) is [var first, ..] && string.Equals(first.Email, mail.ToAddress, StringComparison.OrdinalIgnoreCase);
}
