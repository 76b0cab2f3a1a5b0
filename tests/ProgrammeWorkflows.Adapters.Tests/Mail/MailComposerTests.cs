using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Adapters.Tests.Mail;

public sealed class MailComposerTests
{
    [Fact]
    public async Task An_invitation_says_what_is_owed_by_when_and_carries_the_link_as_a_button_and_as_text()
    {
        var record = MailSamples.Record();
        var mail = await MailSamples.ComposeAsync(record);
        var link = MailSamples.LinkOf(record);

        Assert.StartsWith("https://follow-up.example/reply/", link, StringComparison.Ordinal);
        Assert.Equal("Item 6: what Belgium owes by 31 March 1998", mail.Subject);
        Assert.Contains("report progress on the establishment and operation of central or reference services", mail.Html, StringComparison.Ordinal);
        Assert.Contains("31 March 1998 (the timetable says &quot;March 1998&quot;)", mail.Html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{link}\"", mail.Html, StringComparison.Ordinal);
        Assert.Contains($"Answer: {link}", mail.Text, StringComparison.Ordinal);
        Assert.Contains("31 March 1998 (the timetable says \"March 1998\")", mail.Text, StringComparison.Ordinal);
        Assert.Equal(
            new Dictionary<string, string> { ["X-Programme-Item"] = "6", ["X-Programme-Cycle"] = "1998", ["X-Programme-Party"] = "BE", ["X-Notification-Kind"] = "invitation" },
            mail.Headers);
        Assert.Equal(new DateTimeOffset(1997, 7, 1, 0, 0, 0, TimeSpan.Zero), mail.Date);
        Assert.Equal("deadline.ics", Assert.Single(mail.Attachments).Name);
    }

    [Theory]
    [InlineData("fr", "Point 6 : contribution attendue de la Belgique d'ici le 31 mars 1998", "le calendrier indique « March 1998 »")]
    [InlineData("de", "Punkt 6: Beitrag Belgiens bis zum 31. März 1998", "im Zeitplan: „March 1998“")]
    [InlineData("nl", "Punt 6: bijdrage van België uiterlijk 31 maart 1998", "in het tijdschema: „March 1998”")]
    public async Task The_preferred_language_picks_the_template_and_the_timetable_keeps_its_own_words(string language, string subject, string phrase)
    {
        var mail = await MailSamples.ComposeAsync(MailSamples.Record(language: language));

        Assert.Equal(subject, mail.Subject);
        Assert.Contains(phrase, mail.Text, StringComparison.Ordinal);
        Assert.Contains("Member States should report progress on the establishment and operation of central or reference services", mail.Text, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{language}\">", mail.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(NotificationKinds.Reminder, "r1", "Reminder – item 6: due 31 March 1998")]
    [InlineData(NotificationKinds.Reminder, "x1", "New date – item 6: due 31 March 1998")]
    [InlineData(NotificationKinds.Overdue, "r0-0", "Overdue – item 6: due 31 March 1998")]
    [InlineData(NotificationKinds.Receipt, "v3", "Receipt – item 6: answer of Belgium, version 3")]
    [InlineData(NotificationKinds.StatusRequest, "0", "Status request – item 6 (1998)")]
    public async Task Every_kind_has_its_words(string kind, string sequence, string subject)
    {
        Assert.Equal(subject, (await MailSamples.ComposeAsync(MailSamples.Record(kind, sequence))).Subject);
    }

    [Fact]
    public async Task An_escalation_to_the_Presidency_names_the_party_and_links_the_queue_without_a_calendar()
    {
        var mail = await MailSamples.ComposeAsync(MailSamples.Record(NotificationKinds.Escalation, "EL-r0-l1", party: NotificationKinds.Presidency));

        Assert.Equal("Escalation – item 6: Greece missed 31 March 1998", mail.Subject);
        Assert.Equal("PRESIDENCY", mail.Headers["X-Programme-Party"]);
        Assert.Contains("https://follow-up.example/presidency", mail.Text, StringComparison.Ordinal);
        Assert.Empty(mail.Attachments);
    }

    [Fact]
    public async Task Names_are_encoded_in_the_html_body()
    {
        var mail = await MailSamples.ComposeAsync(MailSamples.Record(name: "<script>alert(1)</script>"));

        Assert.Contains("Dear &lt;script&gt;alert(1)&lt;/script&gt;,", mail.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", mail.Html, StringComparison.Ordinal);
    }
}
