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
    private const string NoKey = "Sign in first";
    private const string UnknownKey = "The key is not known";
    private const string BadAttachment = "An attachment is refused";
    private const string CrossSite = "A change from another site is refused";
    private const string Forged = "The form's antiforgery token is missing or wrong";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Odt = "application/vnd.oasis.opendocument.text";

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
        ["POST an attachment whose name holds a right-to-left override"] = new(g => Post(g.Valid, AnswerForm.Of("done", "x", ("invoice\u202etxt.pdf", "application/pdf", "%PDF-1.4"u8.ToArray()))), HttpStatusCode.BadRequest, BadAttachment),
        ["POST an attachment whose name holds a zero-width space"] = new(g => Post(g.Valid, AnswerForm.Of("done", "x", ("report\u200b.pdf", "application/pdf", "%PDF-1.4"u8.ToArray()))), HttpStatusCode.BadRequest, BadAttachment),
        ["POST an attachment whose name holds a line separator"] = new(g => Post(g.Valid, AnswerForm.Of("done", "x", ("report\u2028.pdf", "application/pdf", "%PDF-1.4"u8.ToArray()))), HttpStatusCode.BadRequest, BadAttachment),
        ["POST HTML bytes named report.pdf and sent as a PDF"] = new(g => Post(g.Valid, AnswerForm.Of("done", "x", ("report.pdf", "application/pdf", "<html><script>alert(1)</script>"u8.ToArray()))), HttpStatusCode.UnsupportedMediaType, BadAttachment),
        ["POST an executable named sheet.xlsx"] = new(g => Post(g.Valid, AnswerForm.Of("done", "x", ("sheet.xlsx", Xlsx, [0x4D, 0x5A, 0x90, 0x00, 0x03]))), HttpStatusCode.UnsupportedMediaType, BadAttachment),
        ["POST a ZIP of no workbook named sheet.xlsx"] = new(g => Post(g.Valid, AnswerForm.Of("done", "x", ("sheet.xlsx", Xlsx, Zip(("run.cmd", "calc"))))), HttpStatusCode.UnsupportedMediaType, BadAttachment),
        ["POST a Word document named sheet.xlsx"] = new(g => Post(g.Valid, AnswerForm.Of("done", "x", ("sheet.xlsx", Xlsx, Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"))))), HttpStatusCode.UnsupportedMediaType, BadAttachment),
        ["POST a workbook named letter.docx"] = new(g => Post(g.Valid, AnswerForm.Of("done", "x", ("letter.docx", "application/octet-stream", Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"))))), HttpStatusCode.UnsupportedMediaType, BadAttachment),
        ["POST an ODT whose first entry is not its mimetype"] = new(g => Post(g.Valid, AnswerForm.Of("done", "x", ("note.odt", Odt, Zip(("content.xml", "<office:document-content/>"), ("mimetype", Odt))))), HttpStatusCode.UnsupportedMediaType, BadAttachment),
        ["POST an ODT whose mimetype is a spreadsheet's"] = new(g => Post(g.Valid, AnswerForm.Of("done", "x", ("note.odt", Odt, Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<x/>"))))), HttpStatusCode.UnsupportedMediaType, BadAttachment),
        ["POST a text file holding a NUL"] = new(g => Post(g.Valid, AnswerForm.Of("done", "x", ("note.txt", "text/plain", "a\0b"u8.ToArray()))), HttpStatusCode.UnsupportedMediaType, BadAttachment),
        ["POST a text file that is not UTF-8"] = new(g => Post(g.Valid, AnswerForm.Of("done", "x", ("note.txt", "text/plain", [0x41, 0xFF, 0xFE, 0x42]))), HttpStatusCode.UnsupportedMediaType, BadAttachment),
        ["POST a good PDF with a bad text file after it"] = new(g => Post(g.Valid, AnswerForm.Of("done", "x", ("report.pdf", "application/pdf", "%PDF-1.4"u8.ToArray()), ("note.txt", "text/plain", [0xC3]))), HttpStatusCode.UnsupportedMediaType, BadAttachment),
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

        // Decisions from the Presidency's page with the key in its cookie, as a browser sends them: from another site, or without the page's token.
        ["waive on the Presidency page from another site"] = new(g => Page(g, headers: [("Origin", "http://evil.example"), ("Sec-Fetch-Site", "cross-site")]), HttpStatusCode.Forbidden, CrossSite),
        ["waive on the Presidency page from another site, without the token"] = new(g => Page(g, token: "", antiforgeryCookie: false, headers: [("Origin", "http://evil.example"), ("Sec-Fetch-Site", "cross-site")]), HttpStatusCode.Forbidden, CrossSite),
        ["waive on the Presidency page from another site that sends no Sec-Fetch-Site"] = new(g => Page(g, headers: [("Origin", "http://evil.example")]), HttpStatusCode.Forbidden, CrossSite),
        ["waive on the Presidency page from a site on another port of the same host"] = new(g => Page(g, headers: [("Origin", "http://127.0.0.1:1"), ("Sec-Fetch-Site", "same-site")]), HttpStatusCode.Forbidden, CrossSite),
        ["waive on the Presidency page in JSON from another site"] = new(g => Key(g, Post($"/presidency/escalations/{g.OpenEscalation}/waive", JsonContent.Create(new { reason = "x" }), ("Sec-Fetch-Site", "cross-site"))), HttpStatusCode.Forbidden, CrossSite),
        ["waive on the Presidency page without the antiforgery token"] = new(g => Page(g, token: ""), HttpStatusCode.Forbidden, Forged),
        ["waive on the Presidency page with the token but not its cookie"] = new(g => Page(g, antiforgeryCookie: false), HttpStatusCode.Forbidden, Forged),
        ["waive on the Presidency page with a token altered"] = new(g => Page(g, token: Altered(g.Browser.Token)), HttpStatusCode.Forbidden, Forged),
        ["waive on the Presidency page with a token made up"] = new(g => Page(g, token: "CfDJ8" + new string('A', 150)), HttpStatusCode.Forbidden, Forged),

        // The key is taken from the header or the cookie only: the API and the reports ignore one in the address.
        ["list escalations with the key in the address"] = new(g => Get($"/api/escalations?key={g.Host.PresidencyKey}"), HttpStatusCode.Unauthorized, NoKey),
        ["list items with the key in the address"] = new(g => Get($"/api/items?key={g.Host.PresidencyKey}"), HttpStatusCode.Unauthorized, NoKey),
        ["list reports with the key in the address"] = new(g => Get($"/api/reports?key={g.Host.PresidencyKey}"), HttpStatusCode.Unauthorized, NoKey),
        ["show a report with the key in the address"] = new(g => Get($"/reports/x?key={g.Host.PresidencyKey}"), HttpStatusCode.Unauthorized, NoKey),
        ["open the Presidency page with a wrong key in the address"] = new(g => Get($"/presidency?key={Web.Security.PresidencyKey.Generate()}"), HttpStatusCode.Unauthorized, UnknownKey),

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

    /// <summary>Every route behind sign-in, asked without a key and with a wrong one.</summary>
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
            key == "no key" ? NoKey : UnknownKey);
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

    private static HttpRequestMessage Post(string path, HttpContent? content, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        foreach (var (name, value) in headers)
            request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    /// <summary>The open escalation waived from the Presidency's page, by its browser (<see cref="PresidencyBrowser"/>).</summary>
    private static HttpRequestMessage Page(RefusalGround ground, string? token = null, bool antiforgeryCookie = true, params (string Name, string Value)[] headers) =>
        ground.Browser.Decide(ground.OpenEscalation, "waive", [new("reason", "waived by the Presidency")], token, antiforgeryCookie, headers);

    /// <summary>A ZIP container of the given entries, in that order.</summary>
    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var bytes = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(bytes, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = new StreamWriter(zip.CreateEntry(name).Open());
                entry.Write(content);
            }
        }

        return bytes.ToArray();
    }

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
