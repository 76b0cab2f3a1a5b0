using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;

namespace ProgrammeWorkflows.Adapters.Mail.Acs;

/// <summary>
/// Azure Communication Services Email over its REST API (api-version 2025-09-01) with Azure.Core's pipeline: HMAC
/// signing from a connection string or a bearer token from an identity; the <c>Operation-Id</c> derived from the outbox
/// id, so every retry of the same mail is the same operation; 429 and 5xx retried by the pipeline (honouring
/// <c>Retry-After</c>); 202 followed by polling that honours <c>retry-after</c>; other 4xx refused with the service's code.
/// </summary>
public sealed class AcsEmailTransport : IMailTransport
{
    public const string ApiVersion = "2025-09-01";
    public const string Scope = "https://communication.azure.com//.default";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private readonly HttpPipeline pipeline;
    private readonly string endpoint;
    private readonly string senderAddress;
    private readonly TimeProvider time;
    private readonly TimeSpan maxPolling;

    public AcsEmailTransport(AcsMailOptions options, TimeProvider time, AcsClientOptions? clientOptions = null, TimeSpan? maxPolling = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.time = time;
        this.maxPolling = maxPolling ?? TimeSpan.FromMinutes(5);
        senderAddress = options.SenderAddress;
        clientOptions ??= new AcsClientOptions();
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
        if (options.ConnectionString.Length > 0)
        {
            var parsed = AcsConnectionString.Parse(options.ConnectionString);
            endpoint = parsed.Endpoint;
            pipeline = HttpPipelineBuilder.Build(clientOptions, [], [new AcsHmacPolicy(parsed.AccessKey, time)], new ResponseClassifier());
        }
        else
        {
            endpoint = AcsEndpoint.Parse(options.Endpoint);
            var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = options.ManagedIdentityClientId.Length > 0 ? options.ManagedIdentityClientId : null });
            pipeline = HttpPipelineBuilder.Build(clientOptions, [], [new BearerTokenAuthenticationPolicy(credential, Scope)], new ResponseClassifier());
        }
    }

    /// <summary>A stable UUID for an outbox id (name-based, from SHA-256), reused on every retry of that mail.</summary>
    public static Guid OperationIdOf(string outboxId)
    {
        ArgumentNullException.ThrowIfNull(outboxId);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(outboxId));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    public async Task<MailSendResult> SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var operationId = OperationIdOf(mail.Id).ToString();
        var body = JsonSerializer.SerializeToUtf8Bytes(
            new EmailMessage(
                senderAddress,
                new Recipients([new EmailAddress(mail.ToAddress, mail.ToName)]),
                new EmailContent(mail.Subject, mail.Text, mail.Html),
                mail.Attachments.Count == 0 ? null : [.. mail.Attachments.Select(a => new EmailAttachment(a.Name, a.ContentType, Convert.ToBase64String(a.Content)))],
                mail.Headers.Count == 0 ? null : mail.Headers,
                UserEngagementTrackingDisabled: true),
            Json);

        using var send = pipeline.CreateMessage();
        send.Request.Method = RequestMethod.Post;
        send.Request.Uri.Reset(new Uri($"{endpoint}/emails:send?api-version={ApiVersion}"));
        send.Request.Headers.SetValue("Content-Type", "application/json");
        send.Request.Headers.SetValue("Accept", "application/json");
        send.Request.Headers.SetValue("Operation-Id", operationId);
        send.Request.Content = RequestContent.Create(body);
        send.SetProperty(AcsHmacPolicy.BodyProperty, body);
        await pipeline.SendAsync(send, cancellationToken);

        var response = send.Response;
        if (response.Status != (int)HttpStatusCode.Accepted)
            return Refuse(response);

        var deadline = time.GetUtcNow() + maxPolling;
        var wait = RetryAfter(response);
        while (true)
        {
            if (time.GetUtcNow() > deadline)
                throw new TimeoutException($"ACS operation {operationId} for {mail.Id} is still running after {maxPolling}");
            await Task.Delay(wait, time, cancellationToken);
            using var poll = pipeline.CreateMessage();
            poll.Request.Method = RequestMethod.Get;
            poll.Request.Uri.Reset(new Uri($"{endpoint}/emails/operations/{operationId}?api-version={ApiVersion}"));
            poll.Request.Headers.SetValue("Accept", "application/json");
            await pipeline.SendAsync(poll, cancellationToken);
            if (poll.Response.Status != (int)HttpStatusCode.OK)
                return Refuse(poll.Response);
            var result = JsonSerializer.Deserialize<SendResult>(poll.Response.Content.ToString(), Json);
            switch (result?.Status)
            {
                case "Succeeded":
                    return MailSendResult.Delivered(operationId);
                case "Failed" or "Canceled":
                    return MailSendResult.Refused($"ACS {result.Status}: {result.Error?.Code} {result.Error?.Message}".Trim());
            }

            wait = RetryAfter(poll.Response);
        }
    }

    /// <summary>4xx other than 408/429 are permanent; what is left after the pipeline's retries (429, 5xx) is transient.</summary>
    private static MailSendResult Refuse(Response response)
    {
        var code = response.Headers.TryGetValue("x-ms-error-code", out var header) ? header : null;
        string? message = null;
        try
        {
            var error = JsonSerializer.Deserialize<ErrorResponse>(response.Content.ToString(), Json);
            code ??= error?.Error?.Code;
            message = error?.Error?.Message;
        }
        catch (JsonException)
        {
            // Be lenient: some error responses have no body.
        }

        if (response.Status is >= 400 and < 500 and not 408 and not 429)
            return MailSendResult.Refused($"ACS {response.Status} {code}: {message}".Trim());
        throw new RequestFailedException(response.Status, $"ACS answered {response.Status} {code} {message}".Trim(), code, null);
    }

    private static TimeSpan RetryAfter(Response response) =>
        response.Headers.TryGetValue("retry-after", out var value) && int.TryParse(value, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromSeconds(5);

    private sealed record EmailAddress(string Address, string? DisplayName);

    private sealed record Recipients(IReadOnlyList<EmailAddress> To);

    private sealed record EmailContent(string Subject, string PlainText, string Html);

    private sealed record EmailAttachment(string Name, string ContentType, string ContentInBase64);

    private sealed record EmailMessage(string SenderAddress, Recipients Recipients, EmailContent Content, IReadOnlyList<EmailAttachment>? Attachments, IReadOnlyDictionary<string, string>? Headers, bool UserEngagementTrackingDisabled);

    private sealed record ErrorDetail(string? Code, string? Message);

    private sealed record SendResult(string? Id, string? Status, ErrorDetail? Error);

    private sealed record ErrorResponse(ErrorDetail? Error);
}

/// <summary>Pipeline options of the ACS client: Azure.Core's retry (3 retries, 429 and 5xx, Retry-After honoured).</summary>
public sealed class AcsClientOptions : ClientOptions
{
    public AcsClientOptions() => Retry.MaxRetries = 3;
}
