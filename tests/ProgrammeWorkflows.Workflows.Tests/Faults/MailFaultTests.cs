using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using ProgrammeWorkflows.Adapters.Mail;
using ProgrammeWorkflows.Adapters.Mail.Acs;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Simulation;
using ProgrammeWorkflows.Workflows.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ProgrammeWorkflows.Workflows.Tests.Faults;

/// <summary>
/// The workflows sending through ACS while the service misbehaves: a loopback ACS (its REST contract, HMAC checked)
/// answers 429 with Retry-After, 500, hangs past the client's timeout, resets connections before and after accepting.
/// Every mail of a whole item cycle is still sent, exactly once per outbox id, under the operation id of that outbox id.
/// </summary>
public sealed class MailFaultTests(FaultyAcs acs, ITestOutputHelper output) : IClassFixture<FaultyAcs>
{
    [Fact]
    public async Task Every_mail_is_delivered_once_per_outbox_id_through_throttling_errors_timeouts_and_resets()
    {
        var host = acs.Host;
        var programme = host.NewProgramme();
        var cycle = (await LiveItem.StartAsync(host, programme, 6, "1998", daysPerSecond: 100, party => party switch
        {
            "BE" or "DK" or "LU" => DelegateBehaviour.Never,
            "FR" or "IT" => DelegateBehaviour.Late,
            "NL" => DelegateBehaviour.AfterFirstReminder,
            _ => DelegateBehaviour.OnInvitation,
        })).Cycle;

        using var patience = new CancellationTokenSource(Speeds.Patience);
        var done = await host.Client.WaitForInstanceCompletionAsync(cycle.InstanceId, getInputsAndOutputs: true, patience.Token);
        Assert.True(done.RuntimeStatus == OrchestrationRuntimeStatus.Completed, $"{done.RuntimeStatus}: {done.FailureDetails?.ErrorMessage} {done.FailureDetails?.InnerFailure?.ErrorMessage} {done.FailureDetails?.InnerFailure?.InnerFailure?.ErrorMessage}");

        var outbox = await host.Get<IOutbox>().ListAsync(programme.Id);
        var loopback = acs.Loopback;
        output.WriteLine($"{outbox.Count} mails; {loopback.Seen.Count} requests; faults {string.Join(", ", loopback.Faults.OrderBy(f => f.Key).Select(f => $"{f.Key} {f.Value}"))}; {loopback.Resent} sends of an accepted operation again");

        Assert.Contains(outbox, m => m.Kind == NotificationKinds.Escalation);
        Assert.Contains(outbox, m => m.Kind == NotificationKinds.Receipt);
        Assert.All(outbox, m => Assert.True(m.State == OutboxState.Sent, $"{m.Id} is {m.State} after {m.Attempts} attempts: {m.LastError}"));
        Assert.Equal(
            outbox.Select(m => AcsEmailTransport.OperationIdOf(m.Id).ToString()).Order(StringComparer.Ordinal),
            loopback.Delivered.Keys.Where(op => outbox.Any(m => AcsEmailTransport.OperationIdOf(m.Id).ToString() == op)).Order(StringComparer.Ordinal));
        Assert.Equal(outbox.Count, loopback.Delivered.Count);
        Assert.Equal(0, loopback.Conflicting);
        Assert.All(loopback.Seen, r => Assert.True(r.SignatureValid, $"{r.Method} {r.PathAndQuery} is not signed right"));
        Assert.All(Enum.GetValues<AcsFault>().Skip(1), fault => Assert.True(loopback.Faults.GetValueOrDefault(fault) > 0, $"no {fault} happened"));
    }
}

/// <summary>A workflow host whose mail goes to a loopback ACS that faults on a fixed share of requests.</summary>
public sealed class FaultyAcs : IAsyncLifetime
{
    private const string Key = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    public FaultyAcs()
    {
        Loopback = new AcsLoopback(Convert.FromBase64String(Key)) { Stall = TimeSpan.FromSeconds(2) }.AsService(Schedule);
        Host = new WorkflowHost(services => services.Configure<MailOptions>(o =>
        {
            o.Transport = MailTransportKind.Acs;
            o.Acs.ConnectionString = $"endpoint={Loopback.Endpoint};accesskey={Key}";
            o.Acs.SenderAddress = "DoNotReply@programme-workflows.example";
            o.Acs.TimeoutSeconds = 1;
        }));
    }

    internal AcsLoopback Loopback { get; }

    public WorkflowHost Host { get; }

    /// <summary>Four requests in ten fault, in a fixed pattern; one in forty hangs.</summary>
    private static AcsFault Schedule(int request) => (request % 40) switch
    {
        39 => AcsFault.Timeout,
        _ => (request % 10) switch
        {
            1 => AcsFault.Throttled,
            3 => AcsFault.ServerError,
            5 => AcsFault.Reset,
            7 => AcsFault.AcceptThenReset,
            _ => AcsFault.None,
        },
    };

    public Task InitializeAsync() => Host.InitializeAsync();

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Loopback.DisposeAsync();
    }
}
