namespace ProgrammeWorkflows.Workflows.Ports;

/// <summary>Sends outbox records: each at most once (a sent record is not sent again), its state kept on the record.</summary>
public interface IMailSender
{
    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken = default);
}
