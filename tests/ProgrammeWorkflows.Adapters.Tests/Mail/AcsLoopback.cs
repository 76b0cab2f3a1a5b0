using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ProgrammeWorkflows.Adapters.Mail.Acs;

namespace ProgrammeWorkflows.Adapters.Tests.Mail;

/// <summary>A request as the loopback ACS saw it, with whether its HMAC signature checked out.</summary>
internal sealed record SeenRequest(string Method, string PathAndQuery, string? OperationId, string Body, bool SignatureValid);

/// <summary>
/// A stand-in for the ACS Email REST API on 127.0.0.1, speaking its contract: it checks every request's signature with
/// the key (as the service does) and answers from a script of responses.
/// </summary>
internal sealed class AcsLoopback : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly byte[] key;
    private readonly ConcurrentQueue<Action<HttpListenerResponse>> script = new();
    private readonly Task loop;

    public AcsLoopback(byte[] key)
    {
        this.key = key;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Endpoint = $"http://127.0.0.1:{port}/";
        listener.Prefixes.Add(Endpoint);
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public string Endpoint { get; }

    public ConcurrentQueue<SeenRequest> Seen { get; } = new();

    public AcsLoopback Then(int status, string body = "", params (string Name, string Value)[] headers)
    {
        script.Enqueue(response =>
        {
            response.StatusCode = status;
            foreach (var (name, value) in headers)
                response.Headers[name] = value;
            var bytes = Encoding.UTF8.GetBytes(body);
            response.ContentType = "application/json";
            response.OutputStream.Write(bytes);
        });
        return this;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (HttpListenerException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            using var reader = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(reader);
            var body = reader.ToArray();
            var request = context.Request;
            var date = request.Headers["x-ms-date"] ?? string.Empty;
            var (hash, signature) = AcsHmacPolicy.Compute(key, request.HttpMethod, request.Url!, date, body);
            var valid = request.Headers["x-ms-content-sha256"] == hash
                && request.Headers["Authorization"] == $"HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature={signature}";
            Seen.Enqueue(new SeenRequest(request.HttpMethod, request.Url!.PathAndQuery, request.Headers["Operation-Id"], Encoding.UTF8.GetString(body), valid));
            if (script.TryDequeue(out var answer))
                answer(context.Response);
            else
                context.Response.StatusCode = 500;
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await loop;
    }
}
