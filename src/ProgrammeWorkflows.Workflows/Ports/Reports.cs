namespace ProgrammeWorkflows.Workflows.Ports;

public static class ReportKinds
{
    public const string Consolidated = "consolidated";
    public const string Annual = "annual";
}

/// <summary>A report produced by the workflows: its content model as JSON, stored under a stable key; each production a new version.</summary>
public sealed record ReportDocument(string ProgrammeId, string Kind, string Key, string Title, DateTimeOffset ProducedAt, string ModelJson);

public sealed record StoredReport(string Id, string ProgrammeId, string Kind, string Key, int Version, string Title, DateTimeOffset ProducedAt);

public interface IReportStore
{
    /// <summary>
    /// Stores the next version of the report; a production is known by its <see cref="ReportDocument.ProducedAt"/>, so
    /// saving the same production again (a retried activity) returns the version it already has.
    /// </summary>
    Task<StoredReport> SaveAsync(ReportDocument report, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredReport>> ListAsync(string programmeId, CancellationToken cancellationToken = default);

    Task<string?> GetModelJsonAsync(string programmeId, string id, CancellationToken cancellationToken = default);
}
