using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ProgrammeWorkflows.Adapters.Links;
using ProgrammeWorkflows.Adapters.Storage;
using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Domain.Programme;
using ProgrammeWorkflows.Web.Security;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Simulation;
using ProgrammeWorkflows.Workflows.Tests.Infrastructure;

namespace ProgrammeWorkflows.Workflows.Tests.Endpoints;

/// <summary>
/// One personal link per delegate and item cycle, from the invitation to the close: every later mail carries it, no
/// reminder writes anything for it, it takes the answer after all of them; and revoked by the Presidency it stops at
/// once, the delegate receives a new one, once, and the audit log says who and why.
/// </summary>
[Collection(OnTheDurableEngine.Name)]
public sealed class ReplyLinkTests(WorkflowHost host)
{
    /// <summary>An item of this test class's own (41, 40), from 35 days before its deadline, ten programme days a second: the invitation, three reminders, an overdue notice within seconds; nobody answers.</summary>
    private async Task<LiveItem> StartAsync(int number)
    {
        var programme = host.WebProgramme;
        var cycle = ProgrammeSchedule.CyclesOf(programme, programme.Item(number)).First();
        var policy = FollowUpPolicy.Default with { OverdueReminderEveryDays = 5, OverdueRemindersAtMost = 1, SecondLevelAfterDays = 4000, CloseAfterDays = 5000 };
        return await LiveItem.StartAsync(host, programme, number, cycle.Cycle, daysPerSecond: 10, _ => DelegateBehaviour.Never, policy, from: cycle.Due.AddDays(-35));
    }

    private async Task<IReadOnlyList<OutboxMessage>> MailsToAsync(LiveItem item, string address) =>
        [.. (await host.Get<IOutbox>().ListAsync(item.Cycle.ProgrammeId)).Where(m => m.Item == item.Cycle.Item && m.Cycle == item.Cycle.Cycle && m.ToAddress == address).OrderBy(m => m.ProgrammeDate)];

    [Fact]
    public async Task The_invitations_link_is_in_every_later_mail_and_takes_the_answer_after_all_of_them()
    {
        const int Item = 41;
        var item = await StartAsync(Item);
        var party = item.Cycle.Owners[0];
        var (primary, deputy) = (host.Directory.Of(party)[0], host.Directory.Of(party)[^1]);
        var invitationLink = await item.LinkAsync(party);
        var scopes = host.Get<StorageAccount>().LinkScopes;
        var scopeKey = ($"{item.Cycle.ProgrammeId}|{Item:00}|{item.Cycle.Cycle}|{party}", StorageAccount.KeyOf(primary.Id));
        var written = (await scopes.GetEntityAsync<Azure.Data.Tables.TableEntity>(scopeKey.Item1, scopeKey.Item2)).Value.ETag;

        var mails = await Eventually.GetAsync(
            async () => await MailsToAsync(item, primary.Email) is var all && all.Any(m => m.Kind == NotificationKinds.Overdue) ? all : null,
            $"the overdue notice to {primary.Email}");

        // Invitation, reminders, overdue notice: one link, the invitation's, in every mail as the delegate reads it
        // (the .eml in the mail folder); the deputy's is their own.
        Assert.Equal([NotificationKinds.Invitation, NotificationKinds.Reminder, NotificationKinds.Overdue], mails.Select(m => m.Kind).Distinct());
        Assert.True(mails.Count >= 4, $"{mails.Count} mails");
        var sent = await Eventually.GetAsync(
            () => Task.FromResult(MailFolder.Files(host.MailFolder).Where(f => mails.Any(m => m.Id == MailFolder.OutboxId(f))).ToList() is var files && files.Count == mails.Count ? files : null),
            "every mail to the primary delegate in the mail folder");
        Assert.All(sent, file => Assert.Equal(invitationLink, MailFolder.ReplyLinkIn(File.ReadAllText(file))));
        Assert.NotEqual(primary.Id, deputy.Id);
        var deputyInvitation = (await MailsToAsync(item, deputy.Email))[0];
        Assert.NotEqual(invitationLink, MailFolder.ReplyLinkIn(File.ReadAllText(MailFolder.Files(host.MailFolder).Single(f => MailFolder.OutboxId(f) == deputyInvitation.Id))));
        // Not one of the later mails wrote anything for the link: the scope's row is as the invitation left it.
        Assert.Equal(written, (await scopes.GetEntityAsync<Azure.Data.Tables.TableEntity>(scopeKey.Item1, scopeKey.Item2)).Value.ETag);

        using var answered = await host.Http.PostAsync(invitationLink, AnswerForm.Of("done", "Answered from the first mail I found."));
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Contains("Received", await answered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await host.Get<ISubmissionStore>().ListAsync(item.Cycle.ProgrammeId, Item, item.Cycle.Cycle, party));
        await host.Client.TerminateInstanceAsync(item.Cycle.InstanceId);
    }

    [Fact]
    public async Task The_Presidency_revokes_a_delegates_link_and_the_delegate_receives_a_new_one_once()
    {
        const int Item = 40;
        var item = await StartAsync(Item);
        var party = item.Cycle.Owners[^1];
        var primary = host.Directory.Of(party)[0];
        var old = await item.LinkAsync(party);
        HttpContent Revocation(string email) =>
            JsonContent.Create(new { item = Item, cycle = item.Cycle.Cycle, party, email, reason = "forwarded to a private address" });

        // The secretariat may not; bad fields are named; nothing changes.
        using (var secretariat = await host.Http.SendAsync(host.As(ProgrammeRole.Secretariat, HttpMethod.Post, "/api/links/revoke", Revocation(primary.Email))))
            Assert.Equal(HttpStatusCode.Forbidden, secretariat.StatusCode);
        using (var unknown = await host.Http.SendAsync(host.As(ProgrammeRole.Presidency, HttpMethod.Post, "/api/links/revoke", Revocation("nobody@nowhere.example"))))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
            Assert.NotNull(JsonNode.Parse(await unknown.Content.ReadAsStringAsync())!["errors"]!["email"]);
        }

        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync(old)).StatusCode);

        using var revoked = await host.Http.SendAsync(host.As(ProgrammeRole.Presidency, HttpMethod.Post, "/api/links/revoke", Revocation(primary.Email)));
        var answer = JsonNode.Parse(await revoked.Content.ReadAsStringAsync())!;
        Assert.True(revoked.StatusCode == HttpStatusCode.OK, answer.ToJsonString());
        Assert.Equal((1, true), ((int)answer["generation"]!, (bool)answer["newLinkSent"]!));

        // The old link gets the one 404 of every bad link; the new one came in a mail of its own, to that delegate only.
        using (var gone = await host.Http.GetAsync(old))
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var fresh = await Eventually.GetAsync(
            async () => (await host.Get<IOutbox>().ListAsync(item.Cycle.ProgrammeId)).Where(m => m.Item == Item && m.Party == party && m.Sequence == "link1").ToList() is { Count: > 0 } sent ? sent : null,
            "the mail with the new link");
        Assert.Equal(primary.Email, Assert.Single(fresh).ToAddress);
        var newLink = new Uri(host.Get<ReplyLinks>().LinkOf(fresh[0])!).AbsolutePath;
        Assert.NotEqual(old, newLink);
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync(newLink)).StatusCode);
        Assert.Equal(newLink, await item.CurrentLinkAsync(party));

        var audit = Assert.Single(await host.Get<IAuditLog>().ListAsync(item.Cycle.ProgrammeId), a => a.Action == "link:revoke" && a.Subject.EndsWith($"/{party}/{primary.Id}", StringComparison.Ordinal));
        Assert.Equal(("Kirsti Virtanen", "presidency-official-7", "generation 1: forwarded to a private address"), (audit.Actor, audit.ActorId, audit.Detail));
        await host.Client.TerminateInstanceAsync(item.Cycle.InstanceId);
    }
}
