namespace ProgrammeWorkflows.Workflows.Ports;

/// <summary>One thing a person did: who (<paramref name="Actor"/> a name, <paramref name="ActorId"/> a signed-in person's stable id), what, on what, when (wall and programme time).</summary>
public sealed record AuditEntry(string ProgrammeId, DateTimeOffset At, DateTimeOffset ProgrammeAt, string Actor, string Action, string Subject, string Detail, string? ActorId = null);

/// <summary>An append-only record of what people did to the stored state: submissions, decisions, programme starts, annual reports asked for, revoked links.</summary>
public interface IAuditLog
{
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AuditEntry>> ListAsync(string programmeId, CancellationToken cancellationToken = default);
}
