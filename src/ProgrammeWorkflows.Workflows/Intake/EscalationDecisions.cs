using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Workflows.Items;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Telemetry;

namespace ProgrammeWorkflows.Workflows.Intake;

/// <summary>A Presidency decision as asked: the kind, by whom, why, and a new due date for an extension.</summary>
/// <summary>A Presidency decision to take: by whom (name, and the stable id of a signed-in person), why, and a new due date to extend.</summary>
public sealed record DecisionRequest(PresidencyDecision Decision, string By, string Reason, DateOnly? NewDueDate, string? ById = null);

/// <summary>
/// The Presidency's decisions on an escalation: taken by the escalation (which refuses what it does not allow with
/// <see cref="IllegalTransitionException"/>) and stored first, then raised to the item orchestration, which changes what it does next.
/// The durable client is the caller's: each host hands over its own.
/// </summary>
public sealed class EscalationDecisions(ItemClocks clocks, IEscalationStore escalations, IAuditLog audit, TimeProvider time, ILogger<EscalationDecisions> log)
{
    /// <summary>The decided escalation, or null when there is no such escalation.</summary>
    /// <param name="decidedAt">Only for the simulated Presidency: the programme time of its decision (see <see cref="SubmissionIntake"/>).</param>
    public async Task<Escalation?> DecideAsync(DurableTaskClient client, string programmeId, string escalationId, DecisionRequest request, DateTimeOffset? decidedAt = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        using var span = WorkflowTelemetry.StartDecision(programmeId, escalationId, request.Decision.ToString());
        if (await escalations.GetAsync(programmeId, escalationId, cancellationToken) is not { } escalation)
            return null;
        WorkflowTelemetry.TagFollowUp(span, escalation.ProgrammeId, escalation.Item, escalation.Cycle, escalation.Party);
        var instanceId = ItemCycle.InstanceIdOf(escalation.ProgrammeId, escalation.Item, escalation.Cycle);
        var clock = await clocks.FindAsync(client, instanceId, cancellationToken)
            ?? throw new InvalidOperationException($"escalation {escalationId} belongs to {instanceId}, which is not running");
        var at = decidedAt ?? clock.ToProgramme(time.GetUtcNow());

        var decided = await escalations.UpdateAsync(
            programmeId, escalationId, e => e.Decide(request.Decision, at, request.By, request.Reason, request.NewDueDate, request.ById), cancellationToken);
        await audit.RecordAsync(
            new AuditEntry(programmeId, time.GetUtcNow(), at, request.By, $"decision:{request.Decision.ToName()}", escalationId, $"{decided.Party}: {request.Reason}{(request.NewDueDate is { } d ? $" (new due date {d:yyyy-MM-dd})" : string.Empty)}", request.ById),
            cancellationToken);

        await StoredEvent.RaiseAsync(
            client,
            instanceId,
            FollowUpEvents.Decision(decided.Party),
            new PresidencyDecisionMade(decided.Party, decided.Id, request.Decision, request.NewDueDate, at),
            e => log.LogWarning(e, "Decision {Kind} on {Escalation} is stored but could not be raised to {Instance}", request.Decision, escalationId, instanceId),
            cancellationToken);

        return decided;
    }
}
