using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using ProgrammeWorkflows.Adapters.Storage;

namespace ProgrammeWorkflows.Workflows.Tests.Storage;

/// <summary>
/// An insert whose answer is lost (a reset, a timeout, a 5xx of a loaded Azurite or account) is sent again by the SDK's
/// retry policy, and its second try finds the entity its first try wrote: 409. Seen in a simulation on a loaded machine,
/// where the outbox took a new mail for one that existed (the simulated delegate never read it) and the audit log threw
/// after the answer was stored. The insert must still count as this insert's.
/// </summary>
public sealed class LostAnswerTests : IAsyncLifetime
{
    private AzuriteProcess? azurite;

    public async Task InitializeAsync() => azurite = await AzuriteProcess.StartAsync();

    public async Task DisposeAsync()
    {
        if (azurite is not null)
            await azurite.DisposeAsync();
    }

    [Fact]
    public async Task An_insert_retried_after_it_landed_is_added_and_one_stored_before_is_not()
    {
        var losing = new LoseFirstInsertAnswer();
        var options = new TableClientOptions();
        options.AddPolicy(losing, HttpPipelinePosition.PerRetry);
        var table = new TableServiceClient(azurite!.ConnectionString, options).GetTableClient("lost" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync();

        var added = await StorageAccount.AddIfAbsentAsync(table, new TableEntity("p", "r") { ["What"] = "first" }, CancellationToken.None);
        var again = await StorageAccount.AddIfAbsentAsync(table, new TableEntity("p", "r") { ["What"] = "second" }, CancellationToken.None);

        Assert.Equal([204, 409, 409], losing.Statuses); // landed and lost, its retry, the second insert
        Assert.Equal(1, losing.Lost);
        Assert.True(added, "the insert whose answer was lost is this insert's");
        Assert.False(again, "an entity stored before is already there");
        Assert.Equal("first", (await table.GetEntityAsync<TableEntity>("p", "r")).Value.GetString("What"));
    }

    /// <summary>Lets the first insert reach the service, then loses its answer, as a reset connection does.</summary>
    private sealed class LoseFirstInsertAnswer : HttpPipelinePolicy
    {
        public int Lost { get; private set; }

        public List<int> Statuses { get; } = [];

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            throw new NotSupportedException("the tables client is used asynchronously here");

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline);
            var isEntityInsert = message.Request.Method == RequestMethod.Post && !message.Request.Uri.Path.EndsWith("/Tables", StringComparison.Ordinal);
            if (!isEntityInsert)
                return;
            Statuses.Add(message.Response.Status);
            if (message.Response.Status is 201 or 204 && Lost == 0)
            {
                Lost++;
                throw new IOException("the connection was reset after the service answered");
            }
        }
    }
}
