namespace ProgrammeWorkflows.Workflows.Ports;

public static class ReportKinds
{
    public const string Consolidated = "consolidated";
    public const string Annual = "annual";
}

/// <summary>A report produced by the workflows: its content model as JSON, stored under a stable key; each production a new version.</summary>
/// <param name="Production">
/// What asked for this report (one request of the annual report API), when two requests may fall on the same programme
/// time; a retried production carries the same one and keeps its version. Null: the programme time tells productions apart.
/// </param>
public sealed record ReportDocument(string ProgrammeId, string Kind, string Key, string Title, DateTimeOffset ProducedAt, string ModelJson, string? Production = null);

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
