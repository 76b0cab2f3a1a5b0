using ProgrammeWorkflows.FunctionsHost.Tests.Hosting;
using Xunit.Abstractions;

namespace ProgrammeWorkflows.FunctionsHost.Tests;

/// <summary>
/// Escalation mail reaches the Presidency's contacts (the app setting <c>Presidency:Contacts</c>, semicolon-separated),
/// each contact once per escalation mail, besides the delegates of the Presidency in office. On the host whose programme
/// starts after item 6 has closed, so all its escalations come at once (and no other test of the suite waits on them).
/// </summary>
[Collection(OnAnnualReportHost.Name)]
public sealed class PresidencyContactsTests(AnnualReportHost host, ITestOutputHelper output)
{
    [FunctionsHostFact]
    public Task Each_escalation_mail_reaches_each_Presidency_contact_once_besides_the_Presidency_delegates() => host.ExplainAsync(output, async () =>
    {
        await host.ProgrammeAsync();
        await host.WaitAsync(async () => (await ItemSix.EscalationsAsync(host)).Count == 15 ? "yes" : null, "the escalation of each of the 15 parties of item 6", ItemSix.Patience);
        var raised = await host.WaitAsync(
            () => Task.FromResult(FirstLevel() is var mail && mail.Select(m => m.Subject).Distinct().Count() == 15 ? mail : null),
            "a mail of each of the 15 escalations", ItemSix.Patience);
        try
        {
            // Each mail is one file per recipient, written by its own delivery: give the contacts' files time to come.
            raised = await host.WaitAsync(
                () => Task.FromResult(FirstLevel() is var mail && mail.GroupBy(m => m.Subject).All(s => FunctionsHostFixture.PresidencyContacts.All(c => s.Any(m => m.To.Contains(c)))) ? mail : null),
                "every contact's copy of the 15 escalation mails", TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            // Said precisely below.
        }

        var problems = new List<string>();
        foreach (var subject in raised.GroupBy(m => m.Subject))
        {
            Assert.All(subject, m => Assert.Equal(("6", "PRESIDENCY", "escalation"), (m.Item, m.Party, m.Kind)));
            var recipients = subject.SelectMany(m => m.To).ToList();
            foreach (var contact in FunctionsHostFixture.PresidencyContacts)
            {
                var times = recipients.Count(r => string.Equals(r, contact, StringComparison.OrdinalIgnoreCase));
                if (times != 1)
                    problems.Add($"{subject.Key}: {contact} received it {times} times (recipients: {string.Join(", ", recipients)})");
            }

            if (!recipients.Except(FunctionsHostFixture.PresidencyContacts, StringComparer.OrdinalIgnoreCase).Any())
                problems.Add($"{subject.Key}: no Presidency delegate received it");
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    });

    /// <summary>The first-level escalation mails (<c>{party}-r0-l1</c>) in the mail folder.</summary>
    private List<Mail> FirstLevel() => [.. Mail.In(host.MailFolder, "escalation").Where(m => m.Subject.EndsWith("-l1", StringComparison.Ordinal))];
}
