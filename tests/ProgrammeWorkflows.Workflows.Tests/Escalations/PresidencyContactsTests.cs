using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using ProgrammeWorkflows.Domain.Delegates;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Programme;
using ProgrammeWorkflows.Workflows.Simulation;
using ProgrammeWorkflows.Workflows.Tests.Infrastructure;

namespace ProgrammeWorkflows.Workflows.Tests.Escalations;

/// <summary>
/// The Presidency contacts (<c>Presidency:Contacts</c>) receive every escalation mail besides the delegates of the
/// Presidency in office, each in its own outbox record, so each is sent once. The setting used to be read by nothing.
/// </summary>
public sealed class PresidencyContactsTests(PresidencyContactsTests.WithContacts fixture) : IClassFixture<PresidencyContactsTests.WithContacts>
{
    private static readonly string[] Contacts = ["desk@presidency.example", "secretariat@consilium.example"];

    [Fact]
    public async Task Both_levels_of_an_escalation_reach_every_contact_once_and_the_presidency_delegates_too()
    {
        var host = fixture.Host;
        var programme = host.NewProgramme();
        var cycle = (await LiveItem.StartAsync(host, programme, 6, "1998", daysPerSecond: 100, party => party == "BE" ? DelegateBehaviour.Never : DelegateBehaviour.OnInvitation)).Cycle;
        using var patience = new CancellationTokenSource(Speeds.Patience);
        await host.Client.WaitForInstanceCompletionAsync(cycle.InstanceId, patience.Token);

        var escalationMails = (await host.Get<IOutbox>().ListAsync(programme.Id)).Where(m => m.Kind == NotificationKinds.Escalation).ToList();
        foreach (var contact in Contacts)
        {
            var theirs = escalationMails.Where(m => m.ToAddress == contact).Select(m => m.Sequence).Order(StringComparer.Ordinal);
            Assert.Equal(["BE-r0-l1", "BE-r0-l2"], theirs);
        }

        Assert.All(escalationMails, m => Assert.Equal(OutboxState.Sent, m.State));
        var presidencyDelegates = host.Directory.Of("UK").Select(d => d.Email).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(presidencyDelegates.Count * 2, escalationMails.Count(m => presidencyDelegates.Contains(m.ToAddress)));
        Assert.Equal((presidencyDelegates.Count + Contacts.Length) * 2, escalationMails.Count);
        Assert.Equal(escalationMails.Count, escalationMails.Select(m => m.Id).Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>A workflow host whose directory source carries the two Presidency contacts.</summary>
    public sealed class WithContacts : IAsyncLifetime
    {
        public WithContacts()
        {
            var directory = DelegateDirectoryCsv.Sample(Domain.Programme.BuiltInProgrammes.CustomsActionProgramme.Parties);
            var contacts = PresidencyContacts.Parse(string.Join(";", Contacts)).GetValueOrThrow();
            Host = new WorkflowHost(services => services.AddSingleton<IDelegateDirectorySource>(new FixedDelegateDirectory(directory, contacts)));
        }

        public WorkflowHost Host { get; }

        public Task InitializeAsync() => Host.InitializeAsync();

        public Task DisposeAsync() => Host.DisposeAsync();
    }
}
