using System.Text;
using System.Text.Json.Nodes;
using ProgrammeWorkflows.Adapters.Mail;
using ProgrammeWorkflows.Adapters.Mail.Acs;

namespace ProgrammeWorkflows.Adapters.Tests.Mail;

public sealed class AcsEmailTransportTests
{
    private const string Key = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private static readonly OutgoingMail Mail = new(
        "csap1997.06.1998.BE.reminder.r1.abcdef", "ignored@example.org", "delegate@be.customs.example", "Anne Peeters",
        "Item 6: a reminder", "<p>Item 6</p>", "Item 6", DateTimeOffset.UnixEpoch,
        new Dictionary<string, string> { ["X-Programme-Item"] = "6", ["X-Notification-Kind"] = "reminder" },
        [new MailAttachment("deadline.ics", "text/calendar", "BEGIN:VCALENDAR"u8.ToArray())]);

    private static AcsEmailTransport Transport(AcsLoopback acs) =>
        new(new AcsMailOptions { ConnectionString = $"endpoint={acs.Endpoint};accesskey={Key}", SenderAddress = "DoNotReply@contoso.example" }, TimeProvider.System);

    [Fact]
    public void Signs_as_the_contract_test_vector_says()
    {
        var body = Encoding.UTF8.GetBytes("{\"senderAddress\":\"DoNotReply@contoso.com\",\"recipients\":{\"to\":[{\"address\":\"alice@example.com\"}]},\"content\":{\"subject\":\"Hi\",\"plainText\":\"Hello\"}}");

        var (hash, signature) = AcsHmacPolicy.Compute(
            Convert.FromBase64String(Key), "POST", new Uri("https://contoso.communication.azure.com/emails:send?api-version=2025-09-01"), "Tue, 03 Mar 2026 10:00:00 GMT", body);

        Assert.Equal("gXuf/zE1a1AefhqamL1/QbtB/JUFd5Rx3fJhS2sQ0Fo=", hash);
        Assert.Equal("GyANPwAgY69EvTyOKXCkVbzVEO6PFvZ2YG5pCoGbJTs=", signature);
    }

    [Fact]
    public async Task Retries_429_and_503_under_the_same_operation_id_then_polls_to_success()
    {
        await using var acs = new AcsLoopback(Convert.FromBase64String(Key));
        acs.Then(429, "{\"error\":{\"code\":\"TooManyRequests\"}}", ("Retry-After", "1"))
           .Then(503)
           .Then(202, "{\"id\":\"x\",\"status\":\"Running\"}", ("retry-after", "0"))
           .Then(200, "{\"status\":\"Running\"}", ("retry-after", "0"))
           .Then(200, "{\"status\":\"Succeeded\"}");

        var result = await Transport(acs).SendAsync(Mail);

        var operation = AcsEmailTransport.OperationIdOf(Mail.Id).ToString();
        Assert.Equal(MailSendResult.Delivered(operation), result);
        var seen = acs.Seen.ToList();
        Assert.All(seen, r => Assert.True(r.SignatureValid, $"{r.Method} {r.PathAndQuery} is not signed right"));
        var sends = seen.Where(r => r.Method == "POST").ToList();
        Assert.Equal(3, sends.Count);
        Assert.All(sends, r => Assert.Equal(("/emails:send?api-version=2025-09-01", operation), (r.PathAndQuery, r.OperationId)));
        Assert.Equal($"/emails/operations/{operation}?api-version=2025-09-01", seen[^1].PathAndQuery);

        var body = JsonNode.Parse(sends[0].Body)!;
        Assert.Equal("DoNotReply@contoso.example", (string?)body["senderAddress"]);
        Assert.Equal("delegate@be.customs.example", (string?)body["recipients"]!["to"]![0]!["address"]);
        Assert.Equal(("Item 6: a reminder", "Item 6", "<p>Item 6</p>"), ((string?)body["content"]!["subject"], (string?)body["content"]!["plainText"], (string?)body["content"]!["html"]));
        Assert.Equal("6", (string?)body["headers"]!["X-Programme-Item"]);
        Assert.Equal(("deadline.ics", "text/calendar", Convert.ToBase64String("BEGIN:VCALENDAR"u8.ToArray())), ((string?)body["attachments"]![0]!["name"], (string?)body["attachments"]![0]!["contentType"], (string?)body["attachments"]![0]!["contentInBase64"]));
        Assert.True((bool)body["userEngagementTrackingDisabled"]!);
    }

    [Fact]
    public async Task A_400_is_refused_with_the_service_code_and_not_retried()
    {
        await using var acs = new AcsLoopback(Convert.FromBase64String(Key));
        acs.Then(400, "{\"error\":{\"code\":\"InvalidRecipient\",\"message\":\"bad address\"}}", ("x-ms-error-code", "InvalidRecipient"));

        var result = await Transport(acs).SendAsync(Mail);

        Assert.False(result.Sent);
        Assert.Equal("ACS 400 InvalidRecipient: bad address", result.Failure);
        Assert.Single(acs.Seen);
    }

    [Fact]
    public async Task A_failed_operation_is_refused_with_its_error()
    {
        await using var acs = new AcsLoopback(Convert.FromBase64String(Key));
        acs.Then(202, "{\"status\":\"Running\"}", ("retry-after", "0"))
           .Then(200, "{\"status\":\"Failed\",\"error\":{\"code\":\"EmailDropped\",\"message\":\"dropped\"}}");

        var result = await Transport(acs).SendAsync(Mail);

        Assert.Equal("ACS Failed: EmailDropped dropped", result.Failure);
    }

    [Theory]
    [InlineData("endpoint=https://x.communication.azure.com/", "endpoint= and accesskey=")]
    [InlineData("endpoint=https://x/;accesskey=abc=;accesskey=abc=", "appears twice")]
    [InlineData("endpoint=;accesskey=AAAA", "empty value")]
    [InlineData("endpoint=http://contoso.example/;accesskey=AAAA", "must be https")]
    [InlineData("endpoint=https://x/;accesskey=not base64!", "not base64")]
    public void Bad_connection_strings_are_refused(string connectionString, string reason)
    {
        var e = Assert.Throws<FormatException>(() => AcsConnectionString.Parse(connectionString));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_connection_string_keeps_base64_padding_and_trims_the_endpoint()
    {
        var parsed = AcsConnectionString.Parse($" Endpoint = https://contoso.communication.azure.com/ ; AccessKey={Key}");

        Assert.Equal("https://contoso.communication.azure.com", parsed.Endpoint);
        Assert.Equal(32, parsed.AccessKey.Length);
        Assert.Equal(AcsEmailTransport.OperationIdOf("same"), AcsEmailTransport.OperationIdOf("same"));
        Assert.NotEqual(AcsEmailTransport.OperationIdOf("same"), AcsEmailTransport.OperationIdOf("other"));
    }
}
