using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ProgrammeWorkflows.Domain.Submissions;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Adapters.Storage;

/// <summary>Submissions in Azure Tables: every version kept; a new version is an insert, so two racing amendments both land with their own numbers.</summary>
public sealed class TableSubmissionStore(StorageAccount account, TimeProvider time) : ISubmissionStore
{
    public async Task<Submission> AppendAsync(Submission draft, Func<DateTimeOffset, DateTimeOffset>? programmeTimeOf = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var partition = Partition(draft.ProgrammeId, draft.Item, draft.Cycle);
        for (var attempt = 0; ; attempt++)
        {
            var existing = await ListAsync(draft.ProgrammeId, draft.Item, draft.Cycle, draft.Party, cancellationToken);
            var now = time.GetUtcNow();
            var stored = draft with
            {
                Version = existing.Count == 0 ? 1 : existing[^1].Version + 1,
                ReceivedAt = now,
                SubmittedAt = programmeTimeOf?.Invoke(now) ?? draft.SubmittedAt,
            };
            if (await StorageAccount.AddIfAbsentAsync(account.Submissions, ToEntity(partition, stored), cancellationToken))
                return stored;
            if (attempt >= 20)
                throw new InvalidOperationException($"could not store a version for {draft.Party} on {partition}: too many concurrent amendments");
        }
    }

    public async Task<IReadOnlyList<Submission>> ListAsync(string programmeId, CancellationToken cancellationToken = default)
    {
        // Every partition of the programme: "{programme}|" up to, not including, "{programme}}" ('}' follows '|').
        var (from, to) = ($"{programmeId}|", $"{programmeId}}}");
        var result = new List<Submission>();
        await foreach (var entity in account.Submissions.QueryAsync<TableEntity>(
            e => e.PartitionKey.CompareTo(from) >= 0 && e.PartitionKey.CompareTo(to) < 0, cancellationToken: cancellationToken))
            result.Add(FromEntity(entity));
        return [.. result.OrderBy(s => s.Item).ThenBy(s => s.Cycle, StringComparer.Ordinal).ThenBy(s => s.Party, StringComparer.Ordinal).ThenBy(s => s.Version)];
    }

    public async Task<IReadOnlyList<Submission>> ListAsync(string programmeId, int item, string cycle, CancellationToken cancellationToken = default)
    {
        var partition = Partition(programmeId, item, cycle);
        var result = new List<Submission>();
        await foreach (var entity in account.Submissions.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
            result.Add(FromEntity(entity));
        return [.. result.OrderBy(s => s.Party, StringComparer.Ordinal).ThenBy(s => s.Version)];
    }

    public async Task<IReadOnlyList<Submission>> ListAsync(string programmeId, int item, string cycle, string party, CancellationToken cancellationToken = default)
    {
        var partition = Partition(programmeId, item, cycle);
        string from = party + "|", to = party + "}";
        var result = new List<Submission>();
        await foreach (var entity in account.Submissions.QueryAsync<TableEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(from) > 0 && e.RowKey.CompareTo(to) < 0, cancellationToken: cancellationToken))
            result.Add(FromEntity(entity));
        return [.. result.OrderBy(s => s.Version)];
    }

    private static string Partition(string programmeId, int item, string cycle) => $"{programmeId}|{item:00}|{cycle}";

    private static TableEntity ToEntity(string partition, Submission s) => new(partition, $"{s.Party}|{s.Version:0000}")
    {
        ["ProgrammeId"] = s.ProgrammeId,
        ["Item"] = s.Item,
        ["Cycle"] = s.Cycle,
        ["Party"] = s.Party,
        ["Version"] = s.Version,
        ["DelegateId"] = s.DelegateId,
        ["Status"] = s.Status.ToName(),
        ["Text"] = s.Text,
        ["Attachments"] = JsonSerializer.Serialize(s.Attachments),
        ["SubmittedAt"] = s.SubmittedAt,
        ["ReceivedAt"] = s.ReceivedAt,
    };

    private static Submission FromEntity(TableEntity e)
    {
        if (!SubmissionStatusNames.TryParse(e.GetString("Status"), out var status))
            throw new InvalidDataException($"submission {e.PartitionKey}/{e.RowKey} has an unknown status \"{e.GetString("Status")}\"");
        return new Submission(
            e.GetString("ProgrammeId"),
            e.GetInt32("Item") ?? 0,
            e.GetString("Cycle"),
            e.GetString("Party"),
            e.GetInt32("Version") ?? 0,
            e.GetString("DelegateId"),
            status,
            e.GetString("Text") ?? string.Empty,
            JsonSerializer.Deserialize<List<AttachmentRef>>(e.GetString("Attachments") ?? "[]") ?? [],
            e.GetDateTimeOffset("SubmittedAt") ?? default,
            e.GetDateTimeOffset("ReceivedAt") ?? default);
    }
}
