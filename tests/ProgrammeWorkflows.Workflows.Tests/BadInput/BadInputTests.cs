using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace ProgrammeWorkflows.Workflows.Tests.BadInput;

/// <summary>
/// Every public endpoint of the local host against bad input: each case asserts its status, a problem-details body
/// with that status and a title that says what is wrong, and that nothing stored (tables, blobs, mail) changed.
/// </summary>
[Collection(OnStillGround.Name)]
public sealed class BadInputTests(RefusalGround ground)
{
    private const string BadLink = "This link is not valid";
    private const string BadAnswer = "The answer is not complete";
    private const string BadDecision = "The decision is not valid";
    private const string BadKey = "The Presidency key is missing or wrong";

    private sealed record Case(Func<RefusalGround, HttpRequestMessage> Request, HttpStatusCode Status, string Title);

    private static readonly Dictionary<string, Case> Cases = new(StringComparer.Ordinal)
    {
        // Links: malformed, truncated, altered, expired, revoked, replaced, of another party, path tricks.
        ["GET a malformed link"] = new(_ => Get("/reply/short"), HttpStatusCode.NotFound, BadLink),
        ["POST to a malformed link"] = new(_ => Post("/reply/short", AnswerForm.Of("done", "x")), HttpStatusCode.NotFound, BadLink),
        ["GET a truncated link"] = new(g => Get(g.Valid[..^3]), HttpStatusCode.NotFound, BadLink),
        ["POST to a truncated link"] = new(g => Post(g.Valid[..^3], AnswerForm.Of("done", "x")), HttpStatusCode.NotFound, BadLink),
        ["GET a link with one character changed"] = new(g => Get(Altered(g.Valid)), HttpStatusCode.NotFound, BadLink),
        ["POST to a link with one character changed"] = new(g => Post(Altered(g.Valid), AnswerForm.Of("done", "x")), HttpStatusCode.NotFound, BadLink),
        ["GET an expired link"] = new(g => Get(g.Expired), HttpStatusCode.NotFound, BadLink),
        ["POST to an expired link"] = new(g => Post(g.Expired, AnswerForm.Of("done", "x")), HttpStatusCode.NotFound, BadLink),
        ["GET a revoked link"] = new(g => Get(g.Revoked), HttpStatusCode.NotFound, BadLink),
        ["POST to a revoked link"] = new(g => Post(g.Revoked, AnswerForm.Of("done", "x")), HttpStatusCode.NotFound, BadLink),
        ["GET a replaced link"] = new(g => Get(g.Replaced), HttpStatusCode.NotFound, BadLink),
        ["POST to a replaced link"] = new(g => Post(g.Replaced, AnswerForm.Of("done", "x")), HttpStatusCode.NotFound, BadLink),
        ["GET a link of a party that owes nothing on the item"] = new(g => Get(g.OtherParty), HttpStatusCode.NotFound, BadLink),
        ["POST to a link of a party that owes nothing on the item"] = new(g => Post(g.OtherParty, AnswerForm.Of("done", "x")), HttpStatusCode.NotFound, BadLink),
        ["GET a link climbing out with encoded dots"] = new(_ => Get("/reply/..%2F..%2Fapi%2Fescalations"), HttpStatusCode.NotFound, BadLink),
        ["POST a valid link with an encoded path after it"] = new(g => Post(g.Valid + "%2F..%2F..%2Fapi%2Fprogramme%2Fstart", AnswerForm.Of("done", "x")), HttpStatusCode.NotFound, BadLink),
        ["POST a valid link with a path segment after it"] = new(g => Post(g.Valid + "/amend", AnswerForm.Of("done", "x")), HttpStatusCode.NotFound, "Not Found"),
        ["GET a link of 2,000 characters"] = new(_ => Get("/reply/" + new string('A', 2_000)), HttpStatusCode.NotFound, BadLink),

        // Answers: content types, missing and repeated fields, oversized text and attachments, a closed item.
        ["POST an answer as JSON"] = new(g => Post(g.Valid, JsonContent.Create(new { status = "done", text = "x" })), HttpStatusCode.UnsupportedMediaType, "The answer must be a form"),
        ["POST an answer as plain text"] = new(g => Post(g.Valid, new StringContent("status=done", Encoding.UTF8, "text/plain")), HttpStatusCode.UnsupportedMediaType, "The answer must be a form"),
        ["POST an answer with no body"] = new(g => Post(g.Valid, null), HttpStatusCode.UnsupportedMediaType, "The answer must be a form"),
        ["POST an answer without a status"] = new(g => Post(g.Valid, new MultipartFormDataContent { { new StringContent("x"), "text" } }), HttpStatusCode.BadRequest, BadAnswer),
        ["POST an answer with an unknown status"] = new(g => Post(g.Valid, AnswerForm.Of("finished", "x")), HttpStatusCode.BadRequest, BadAnswer),
        ["POST an urlencoded answer with an unknown status"] = new(g => Post(g.Valid, new FormUrlEncodedContent([new("status", "DONE"), new("text", "x")])), HttpStatusCode.BadRequest, BadAnswer),
        ["POST an answer with the status twice"] = new(g => Post(g.Valid, new FormUrlEncodedContent([new("status", "done"), new("status", "not-started")])), HttpStatusCode.BadRequest, BadAnswer),
        ["POST an answer with the text twice"] = new(g => Post(g.Valid, new FormUrlEncodedContent([new("status", "done"), new("text", "a"), new("text", "b")])), HttpStatusCode.BadRequest, BadAnswer),
        ["POST an answer of 20,001 characters"] = new(g => Post(g.Valid, AnswerForm.Of("done", new string('x', 20_001))), HttpStatusCode.BadRequest, BadAnswer),
        ["POST an answer with six attachments"] = new(g => Post(g.Valid, AnswerForm.Of("done", "x", [.. Enumerable.Repeat(("a.txt", "text/plain", "x"u8.ToArray()), 6)])), HttpStatusCode.BadRequest, BadAnswer),
        ["POST an attachment of 10 MiB and one byte"] = new(g => Post(g.Valid, AnswerForm.Of("done", "x", ("big.pdf", "application/pdf", new byte[(10 * 1024 * 1024) + 1]))), HttpStatusCode.RequestEntityTooLarge, "An attachment is refused"),
        ["POST an executable attachment"] = new(g => Post(g.Valid, AnswerForm.Of("done", "x", ("tool.exe", "application/octet-stream", [0x4D, 0x5A]))), HttpStatusCode.UnsupportedMediaType, "An attachment is refused"),
        ["POST a PDF name carrying HTML"] = new(g => Post(g.Valid, AnswerForm.Of("done", "x", ("report.pdf", "text/html", "<html>"u8.ToArray()))), HttpStatusCode.UnsupportedMediaType, "An attachment is refused"),
        ["POST a truncated multipart body"] = new(g => Post(g.Valid, Truncated()), HttpStatusCode.BadRequest, "The form could not be read"),
        ["POST an answer to a closed item"] = new(g => Post(g.Closed, AnswerForm.Of("done", "too late")), HttpStatusCode.Conflict, "The item is closed"),

        // Decisions: dates, reasons, fields, content types, unknown escalations and actions, repeated decisions.
        ["extend to 30 February"] = new(g => Decide(g, g.OpenEscalation, "extend", new { reason = "x", newDueDate = "1998-02-30" }), HttpStatusCode.BadRequest, BadDecision),
        ["extend to a date written day first"] = new(g => Decide(g, g.OpenEscalation, "extend", new { reason = "x", newDueDate = "30/06/1998" }), HttpStatusCode.BadRequest, BadDecision),
        ["extend without a new due date"] = new(g => Decide(g, g.OpenEscalation, "extend", new { reason = "x" }), HttpStatusCode.BadRequest, BadDecision),
        ["extend to a date before the missed one"] = new(g => Decide(g, g.OpenEscalation, "extend", new { reason = "x", newDueDate = "1998-01-15" }), HttpStatusCode.Conflict, "The decision is not possible"),
        ["extend to a date already past"] = new(g => Decide(g, g.EarlyEscalation, "extend", new { reason = "x", newDueDate = "1997-06-20" }), HttpStatusCode.Conflict, "The decision is not possible"),
        ["waive with a new due date"] = new(g => Decide(g, g.OpenEscalation, "waive", new { reason = "x", newDueDate = "1999-01-01" }), HttpStatusCode.BadRequest, BadDecision),
        ["waive without a reason"] = new(g => Decide(g, g.OpenEscalation, "waive", new { reason = "   " }), HttpStatusCode.BadRequest, BadDecision),
        ["resolve with a reason of 2,001 characters"] = new(g => Decide(g, g.OpenEscalation, "resolve", new { reason = new string('r', 2_001) }), HttpStatusCode.BadRequest, BadDecision),
        ["decide with a field the API does not know"] = new(g => Decide(g, g.OpenEscalation, "waive", new { reason = "x", by = "someone else" }), HttpStatusCode.BadRequest, BadDecision),
        ["decide with malformed JSON"] = new(g => Key(g, Post($"/api/escalations/{g.OpenEscalation}/waive", new StringContent("{\"reason\": \"x\"", Encoding.UTF8, "application/json"))), HttpStatusCode.BadRequest, BadDecision),
        ["decide in plain text"] = new(g => Key(g, Post($"/api/escalations/{g.OpenEscalation}/waive", new StringContent("reason=x", Encoding.UTF8, "text/plain"))), HttpStatusCode.UnsupportedMediaType, "The decision must be JSON"),
        ["decide an action that does not exist"] = new(g => Decide(g, g.OpenEscalation, "delete", new { reason = "x" }), HttpStatusCode.NotFound, "No such decision"),
        ["decide on an escalation that does not exist"] = new(g => Decide(g, g.OpenEscalation + "9", "waive", new { reason = "x" }), HttpStatusCode.NotFound, "No such escalation"),
        ["acknowledge an acknowledged escalation again"] = new(g => Decide(g, g.AcknowledgedEscalation, "acknowledge", new { reason = "seen" }), HttpStatusCode.Conflict, "The decision is not possible"),
        ["waive a resolved escalation"] = new(g => Decide(g, g.ResolvedEscalation, "waive", new { reason = "x" }), HttpStatusCode.Conflict, "The decision is not possible"),
        ["extend on the Presidency page to a date that is not one"] = new(g => Key(g, Post($"/presidency/escalations/{g.OpenEscalation}/extend", new FormUrlEncodedContent([new("reason", "x"), new("newDueDate", "soon")]))), HttpStatusCode.BadRequest, BadDecision),
        ["decide on the Presidency page in JSON"] = new(g => Key(g, Post($"/presidency/escalations/{g.OpenEscalation}/waive", JsonContent.Create(new { reason = "x" }))), HttpStatusCode.UnsupportedMediaType, "The decision must be a form"),
        ["decide on the Presidency page with a truncated form"] = new(g => Key(g, Post($"/presidency/escalations/{g.OpenEscalation}/waive", Truncated())), HttpStatusCode.BadRequest, "The form could not be read"),

        // Queries, reports and the programme start.
        ["list escalations in a state that does not exist"] = new(g => Key(g, Get("/api/escalations?state=lost")), HttpStatusCode.BadRequest, "The escalation query is not valid"),
        ["list escalations of level 3"] = new(g => Key(g, Get("/api/escalations?level=3")), HttpStatusCode.BadRequest, "The escalation query is not valid"),
        ["list escalations with 201 to a page"] = new(g => Key(g, Get("/api/escalations?pageSize=201")), HttpStatusCode.BadRequest, "The escalation query is not valid"),
        ["list escalations with the state twice"] = new(g => Key(g, Get("/api/escalations?state=open&state=waived")), HttpStatusCode.BadRequest, "The escalation query is not valid"),
        ["show an item that is not a number"] = new(g => Key(g, Get("/api/items/abc")), HttpStatusCode.BadRequest, "The item number is not valid"),
        ["show an item that does not exist"] = new(g => Key(g, Get("/api/items/99")), HttpStatusCode.NotFound, "No such item"),
        ["show a report that does not exist"] = new(g => Key(g, Get("/reports/annual-1998-v1")), HttpStatusCode.NotFound, "No such report"),
        ["produce the annual report of a year that is not one"] = new(g => Key(g, Post("/api/reports/annual/98", null)), HttpStatusCode.BadRequest, "No annual report for that year"),
        ["produce the annual report of a year outside the programme"] = new(g => Key(g, Post("/api/reports/annual/2005", null)), HttpStatusCode.BadRequest, "No annual report for that year"),
        ["start the programme from a date that is not one"] = new(g => Key(g, Post("/api/programme/start", JsonContent.Create(new { from = "1 July 1997" }))), HttpStatusCode.BadRequest, "The programme start request is not valid"),
        ["start the programme at speed 0"] = new(g => Key(g, Post("/api/programme/start", JsonContent.Create(new { speed = 0 }))), HttpStatusCode.BadRequest, "The programme start request is not valid"),
        ["start the programme faster than the fastest clock"] = new(g => Key(g, Post("/api/programme/start", JsonContent.Create(new { speed = 1e12 }))), HttpStatusCode.BadRequest, "The programme start request is not valid"),
        ["start the programme with a field it does not know"] = new(g => Key(g, Post("/api/programme/start", JsonContent.Create(new { from = "1997-07-01", programme = "other" }))), HttpStatusCode.BadRequest, "The programme start request is not valid"),
        ["start the programme with an item that does not exist"] = new(g => Key(g, Post("/api/programme/start", JsonContent.Create(new { items = new[] { 6, 44 } }))), HttpStatusCode.BadRequest, "The programme start request is not valid"),
        ["start the programme with an item twice"] = new(g => Key(g, Post("/api/programme/start", JsonContent.Create(new { items = new[] { 6, 6 } }))), HttpStatusCode.BadRequest, "The programme start request is not valid"),
        ["start the programme with a body in plain text"] = new(g => Key(g, Post("/api/programme/start", new StringContent("1997-07-01", Encoding.UTF8, "text/plain"))), HttpStatusCode.UnsupportedMediaType, "The body must be JSON"),
    };

    /// <summary>Every route behind the Presidency key, asked without it and with a wrong one.</summary>
    private static readonly (string Method, string Path)[] PresidencyRoutes =
    [
        ("GET", "/presidency"), ("POST", "/presidency/escalations/{open}/waive"), ("GET", "/api/escalations"), ("POST", "/api/escalations/{open}/waive"),
        ("GET", "/api/items"), ("GET", "/api/items/31"), ("POST", "/api/programme/start"), ("GET", "/api/reports"), ("GET", "/reports/x"), ("POST", "/api/reports/annual/1998"),
    ];

    public static TheoryData<string> Names() => [.. Cases.Keys];

    public static TheoryData<string, string, string> KeyCases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (method, path) in PresidencyRoutes)
        {
            data.Add(method, path, "no key");
            data.Add(method, path, "a wrong key");
            data.Add(method, path, "the key with one character more");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Is_refused_with_problem_details_and_changes_nothing(string name)
    {
        var bad = Cases[name];
        await RefusedAsync(() => bad.Request(ground), bad.Status, bad.Title);
    }

    [Theory]
    [MemberData(nameof(KeyCases))]
    public async Task A_Presidency_route_refuses_a_missing_or_wrong_key(string method, string path, string key)
    {
        await RefusedAsync(
            () =>
            {
                var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{open}", ground.OpenEscalation, StringComparison.Ordinal))
                {
                    Content = method == "POST" ? JsonContent.Create(new { reason = "x" }) : null,
                };
                if (key != "no key")
                    request.Headers.Add("x-functions-key", key == "a wrong key" ? Web.Security.PresidencyKey.Generate() : ground.Host.PresidencyKey + "x");
                return request;
            },
            HttpStatusCode.Unauthorized,
            BadKey);
    }

    [Fact]
    public async Task The_same_bad_answer_sent_sixteen_times_at_once_is_refused_sixteen_times_and_changes_nothing()
    {
        var before = await ground.SnapshotAsync();
        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => ground.Http.SendAsync(Post(ground.Valid, AnswerForm.Of("finished", "x")))));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Equal(before, await ground.SnapshotAsync());
    }

    private async Task RefusedAsync(Func<HttpRequestMessage> request, HttpStatusCode status, string title)
    {
        var before = await ground.SnapshotAsync();

        using var response = await ground.Http.SendAsync(request());
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(body)!;
        Assert.Equal((int)status, (int?)problem["status"]);
        Assert.Equal(title, (string?)problem["title"]);
        Assert.Equal(before, await ground.SnapshotAsync());
    }

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    private static HttpRequestMessage Post(string path, HttpContent? content) => new(HttpMethod.Post, path) { Content = content };

    private static HttpRequestMessage Key(RefusalGround ground, HttpRequestMessage request)
    {
        request.Headers.Add("x-functions-key", ground.Host.PresidencyKey);
        return request;
    }

    private static HttpRequestMessage Decide(RefusalGround ground, string escalation, string action, object body) =>
        Key(ground, Post($"/api/escalations/{escalation}/{action}", JsonContent.Create(body)));

    private static string Altered(string link) => link[..^1] + (link[^1] == 'A' ? 'B' : 'A');

    /// <summary>A multipart body cut off in the middle of a part: its closing boundary never comes.</summary>
    private static ByteArrayContent Truncated()
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes("--cut\r\nContent-Disposition: form-data; name=\"status\"\r\n\r\ndone\r\n--cut\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nhalf an ans"));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=cut");
        return content;
    }
}
