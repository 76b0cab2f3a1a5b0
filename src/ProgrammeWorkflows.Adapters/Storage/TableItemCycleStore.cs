using Azure.Data.Tables;
using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Adapters.Storage;

/// <summary>Item cycles in Azure Tables: whether each is open or closed, and its consolidated report.</summary>
public sealed class TableItemCycleStore(StorageAccount account) : IItemCycleStore
{
    public async Task OpenAsync(ItemCycle cycle, DateTimeOffset openedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        var entity = new TableEntity(cycle.ProgrammeId, Row(cycle.Item, cycle.Cycle))
        {
            ["Item"] = cycle.Item,
            ["Cycle"] = cycle.Cycle,
            ["Kind"] = cycle.Kind.ToString(),
            ["Opens"] = Date(cycle.Opens),
            ["Due"] = Date(cycle.Due),
            ["OpenedAt"] = openedAt,
        };
        await StorageAccount.AddIfAbsentAsync(account.ItemCycles, entity, cancellationToken);
    }

    public Task CloseAsync(string programmeId, int item, string cycle, DateTimeOffset closedAt, string? reportId, CancellationToken cancellationToken = default) =>
        StorageAccount.UpdateAsync(account.ItemCycles, programmeId, Row(item, cycle), entity =>
        {
            entity["ClosedAt"] = entity.GetDateTimeOffset("ClosedAt") ?? closedAt;
            if (reportId is not null)
                entity["ReportId"] = reportId;
        }, cancellationToken);

    public async Task<ItemCycleState?> GetAsync(string programmeId, int item, string cycle, CancellationToken cancellationToken = default)
    {
        var entity = await StorageAccount.FindAsync(account.ItemCycles, programmeId, Row(item, cycle), cancellationToken);
        return entity is null ? null : FromEntity(entity);
    }

    public async Task<IReadOnlyList<ItemCycleState>> ListAsync(string programmeId, CancellationToken cancellationToken = default)
    {
        var result = new List<ItemCycleState>();
        await foreach (var entity in account.ItemCycles.QueryAsync<TableEntity>(e => e.PartitionKey == programmeId, cancellationToken: cancellationToken))
            result.Add(FromEntity(entity));
        return result;
    }

    private static string Row(int item, string cycle) => $"{item:00}|{cycle}";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static DateOnly ParseDate(string? value) =>
        value is null ? default : DateOnly.ParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static ItemCycleState FromEntity(TableEntity e) => new(
        e.PartitionKey,
        e.GetInt32("Item") ?? 0,
        e.GetString("Cycle"),
        Enum.TryParse<CycleKind>(e.GetString("Kind"), out var kind) ? kind : CycleKind.Deadline,
        ParseDate(e.GetString("Opens")),
        ParseDate(e.GetString("Due")),
        e.GetDateTimeOffset("OpenedAt") ?? default,
        e.GetDateTimeOffset("ClosedAt"),
        e.GetString("ReportId"));
}
