using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ProgrammeWorkflows.Adapters.Mail.Acs;

namespace ProgrammeWorkflows.Tests;

/// <summary>A request as the loopback ACS saw it, with whether its HMAC signature checked out.</summary>
internal sealed record SeenRequest(string Method, string PathAndQuery, string? OperationId, string Body, bool SignatureValid);

/// <summary>What the loopback ACS does with one request instead of serving it.</summary>
internal enum AcsFault
{
    None,

    /// <summary>429 with <c>Retry-After: 1</c>.</summary>
    Throttled,

    /// <summary>500 with an error body.</summary>
    ServerError,

    /// <summary>No answer for longer than the client waits; then the connection is dropped.</summary>
    Timeout,

    /// <summary>The connection is reset before the request is looked at.</summary>
    Reset,

    /// <summary>The mail is accepted (and will be delivered), then the connection is reset before the answer.</summary>
    AcceptThenReset,
}

/// <summary>
/// A stand-in for the ACS Email REST API on 127.0.0.1 (Kestrel, so a reset is a real connection reset), speaking its contract: it checks every request's signature with
/// the key (as the service does) and answers either from a script of responses (<see cref="Then"/>) or as the service
/// would (<see cref="AsService"/>): a send is an operation named by its <c>Operation-Id</c>, delivered once however
/// often it is sent, polled at <c>/emails/operations/{id}</c>; with faults injected by request number.
/// </summary>
internal sealed partial class AcsLoopback : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly byte[] key;
    private readonly ConcurrentQueue<Func<HttpResponse, Task>> script = new();
    private readonly ConcurrentDictionary<string, string> delivered = new(StringComparer.Ordinal);
    private Func<int, AcsFault>? faultOf;
    private int requests;
    private int resent;
    private int conflicting;

    public AcsLoopback(byte[] key)
    {
        this.key = key;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.Run(HandleAsync);
        app.StartAsync().GetAwaiter().GetResult();
        Endpoint = app.Urls.Single().TrimEnd('/') + "/";
    }

    public string Endpoint { get; }

    public ConcurrentQueue<SeenRequest> Seen { get; } = new();

    /// <summary>Operation id → the mail (the send's body) the service delivered under it, once.</summary>
    public IReadOnlyDictionary<string, string> Delivered => delivered;

    /// <summary>Sends of an operation already accepted (a client retrying after a lost answer): not delivered again.</summary>
    public int Resent => resent;

    /// <summary>Sends reusing an accepted operation id for a different mail (the service refuses them with 400).</summary>
    public int Conflicting => conflicting;

    /// <summary>How the service faulted, by kind, so far.</summary>
    public ConcurrentDictionary<AcsFault, int> Faults { get; } = new();

    /// <summary>How long a <see cref="AcsFault.Timeout"/> keeps the client waiting.</summary>
    public TimeSpan Stall { get; set; } = TimeSpan.FromSeconds(3);

    public AcsLoopback Then(int status, string body = "", params (string Name, string Value)[] headers)
    {
        script.Enqueue(response => AnswerAsync(response, status, body, headers));
        return this;
    }

    /// <summary>Serve as the service does; <paramref name="fault"/> picks a fault for the n-th request (from 1).</summary>
    public AcsLoopback AsService(Func<int, AcsFault> fault)
    {
        faultOf = fault;
        return this;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new MemoryStream();
        await context.Request.Body.CopyToAsync(reader);
        var body = reader.ToArray();
        var request = context.Request;
        var url = new Uri($"{Endpoint.TrimEnd('/')}{request.Path}{request.QueryString}");
        var date = request.Headers["x-ms-date"].ToString();
        var (hash, signature) = AcsHmacPolicy.Compute(key, request.Method, url, date, body);
        var valid = request.Headers["x-ms-content-sha256"] == hash
            && request.Headers.Authorization == $"HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature={signature}";
        var operationId = request.Headers["Operation-Id"].ToString();
        Seen.Enqueue(new SeenRequest(request.Method, url.PathAndQuery, operationId.Length > 0 ? operationId : null, Encoding.UTF8.GetString(body), valid));

        if (faultOf is null)
        {
            if (script.TryDequeue(out var answer))
                await answer(context.Response);
            else
                context.Response.StatusCode = 500;
            return;
        }

        await ServeAsServiceAsync(context, valid, Encoding.UTF8.GetString(body), faultOf(Interlocked.Increment(ref requests)));
    }

    private async Task ServeAsServiceAsync(HttpContext context, bool signed, string body, AcsFault fault)
    {
        var request = context.Request;
        var response = context.Response;
        if (fault != AcsFault.None)
            Faults.AddOrUpdate(fault, 1, (_, n) => n + 1);
        switch (fault)
        {
            case AcsFault.Reset:
                context.Abort();
                return;
            case AcsFault.Timeout:
                await Task.Delay(Stall, CancellationToken.None);
                context.Abort();
                return;
            case AcsFault.Throttled:
                await AnswerAsync(response, 429, """{"error":{"code":"TooManyRequests","message":"slow down"}}""", ("Retry-After", "1"));
                return;
            case AcsFault.ServerError:
                await AnswerAsync(response, 500, """{"error":{"code":"InternalError","message":"try again"}}""");
                return;
        }

        if (!signed)
        {
            await AnswerAsync(response, 401, """{"error":{"code":"Denied","message":"bad signature"}}""");
            return;
        }

        if (request.Method == "POST" && request.Path.Value == "/emails:send" && request.Headers["Operation-Id"].ToString() is { Length: > 0 } operation)
        {
            // The same operation sent again is the same mail: delivered once.
            if (!delivered.TryAdd(operation, body))
            {
                Interlocked.Increment(ref resent);
                if (delivered[operation] != body)
                {
                    Interlocked.Increment(ref conflicting);
                    await AnswerAsync(response, 400, """{"error":{"code":"OperationIdReused","message":"another mail under this operation id"}}""");
                    return;
                }
            }

            if (fault == AcsFault.AcceptThenReset)
            {
                context.Abort();
                return;
            }

            await AnswerAsync(response, 202, $$"""{"id":"{{operation}}","status":"Running"}""", ("retry-after", "0"), ("Operation-Location", $"{Endpoint}emails/operations/{operation}"));
        }
        else if (request.Method == "GET" && Operation().Match(request.Path.Value ?? "") is { Success: true } poll && delivered.ContainsKey(poll.Groups[1].Value))
        {
            await AnswerAsync(response, 200, $$"""{"id":"{{poll.Groups[1].Value}}","status":"Succeeded"}""");
        }
        else
        {
            await AnswerAsync(response, 404, """{"error":{"code":"NotFound","message":"no such operation"}}""");
        }
    }

    private static async Task AnswerAsync(HttpResponse response, int status, string body, params (string Name, string Value)[] headers)
    {
        response.StatusCode = status;
        foreach (var (name, value) in headers)
            response.Headers[name] = value;
        response.ContentType = "application/json";
        await response.WriteAsync(body);
    }

    [GeneratedRegex("^/emails/operations/([0-9a-f-]+)$")]
    private static partial Regex Operation();

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
