using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Domain.Submissions;
using ProgrammeWorkflows.Local.Hosting;
using ProgrammeWorkflows.Workflows.Intake;
using ProgrammeWorkflows.Workflows.Items;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Programme;
using ProgrammeWorkflows.Workflows.Time;

namespace ProgrammeWorkflows.Local.Tests.EndToEnd;

/// <summary>
/// The persistent engine (DurableTask.Core's TaskHubWorker on Azure Storage, Azurite keeping its data in a folder):
/// a host stopped in the middle of an item and started again carries on where it was, and loses nothing.
/// </summary>
[Collection(Simulation.OneSimulatedProgramme.Name)]
public sealed class RestartTests : IDisposable
{
    private readonly string data = Directory.CreateTempSubdirectory("programme-restart-").FullName;

    private IConfiguration Configuration => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Email:Folder:Path"] = Path.Combine(data, "mail"),
        ["Presidency:Key"] = "restart-test-key",
    }).Build();

    private Task<LocalSystem> StartAsync() =>
        LocalSystem.StartAsync(Configuration, new LocalSystemOptions(EngineKind.AzureStorage) { AzuriteFolder = Path.Combine(data, "azurite"), LoggerFactory = LocalLogging.Create(Configuration) });

    [Fact]
    public async Task A_host_stopped_mid_item_and_started_again_finishes_the_item_and_loses_nothing()
    {
        var item = ItemCycle.InstanceIdOf(LocalSystem.ProgrammeId, 6, "1998");
        Submission stored;
        await using (var first = await StartAsync())
        {
            var clock = ProgrammeClock.Starting(new DateOnly(1997, 7, 1), DateTimeOffset.UtcNow, 25 * 86_400);
            await first.Get<ProgrammeStarter>().StartAsync(first.Client, new ProgrammeRun(LocalSystem.ProgrammeId, clock, ProduceAnnualReports: false, Items: [6]));
            var outbox = first.Get<IOutbox>();
            await Waiting.ForAsync(async () => (await outbox.ListAsync(LocalSystem.ProgrammeId)).Count(m => m.Kind == NotificationKinds.Invitation) >= 15, "the invitations of item 6", TimeSpan.FromSeconds(90));

            // Germany answers (stored first, then signalled); then the host goes down, Azurite with it.
            var delegateId = first.Get<IDelegateDirectorySource>().Current.Of("DE")[0].Id;
            var result = await first.Get<SubmissionIntake>().SubmitAsync(
                first.Client,
                new LinkScope(LocalSystem.ProgrammeId, 6, "1998", "DE", delegateId), SubmissionStatus.Done, "Germany's central service runs.", []);
            stored = result.Submission ?? throw new InvalidOperationException($"refused: {result.Refusal}");
            Assert.Equal(OrchestrationRuntimeStatus.Running, (await first.Client.GetInstanceAsync(item))!.RuntimeStatus);
        }

        await using var second = await StartAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(40));
        var done = await second.Client.WaitForInstanceCompletionAsync(item, getInputsAndOutputs: true, patience.Token);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        var outcome = done.ReadOutputAs<ItemOutcome>()!;
        Assert.Equal("on-time", outcome.Parties.Single(p => p.Party == "DE").Standing);
        Assert.All(outcome.Parties.Where(p => p.Party != "DE"), p => Assert.Equal("missing", p.Standing));
        var kept = Assert.Single(await second.Get<ISubmissionStore>().ListAsync(LocalSystem.ProgrammeId, 6, "1998", "DE"));
        Assert.Equal((stored.Version, stored.DelegateId, stored.Status, stored.Text, stored.SubmittedAt), (kept.Version, kept.DelegateId, kept.Status, kept.Text, kept.SubmittedAt));

        // Every mail sent. Germany's receipt goes by a delivery orchestration of its own, with retries, which need not
        // have finished when the item did (its first attempt may have met the host going down).
        var sent = second.Get<IOutbox>();
        await Waiting.ForAsync(async () => (await sent.ListAsync(LocalSystem.ProgrammeId)).All(m => m.State == OutboxState.Sent), "every mail sent", TimeSpan.FromSeconds(60));
        var mail = await sent.ListAsync(LocalSystem.ProgrammeId);
        Assert.DoesNotContain(mail, m => m.Party == "DE" && m.Kind is NotificationKinds.Reminder or NotificationKinds.Overdue && m.ProgrammeDate > stored.SubmittedAt);
        Assert.Contains(mail, m => m.Party == "BE" && m.Kind == NotificationKinds.Overdue);
        Assert.Single(mail, m => m is { Party: "DE", Kind: NotificationKinds.Receipt, State: OutboxState.Sent });

        // Every mail written once to the folder, every escalation raised once.
        var files = Directory.GetFiles(Path.Combine(data, "mail"), "*.eml").Select(f => Path.GetFileNameWithoutExtension(f)[20..]).ToList();
        Assert.Equal(files.Count, files.Distinct().Count());
        Assert.Equal(mail.Count, files.Count);
        var escalations = await second.Get<IEscalationStore>().ListAsync(LocalSystem.ProgrammeId);
        Assert.Equal(14, escalations.Count);
        Assert.DoesNotContain(escalations, e => e.Party == "DE");
    }

    public void Dispose() => Directory.Delete(data, recursive: true);
}
