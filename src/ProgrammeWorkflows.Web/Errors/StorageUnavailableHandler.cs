using System.Net.Sockets;
using Azure;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ProgrammeWorkflows.Web.Errors;

/// <summary>
/// Storage that cannot be reached (refused, reset, timed out, or answering 5xx after the SDK's retries) is a 503 with
/// <c>Retry-After</c>: the request was not acknowledged, and sending it again later is the right thing to do. Anything
/// already stored stays stored; a reply is acknowledged only once it is.
/// </summary>
public sealed class StorageUnavailableHandler(IProblemDetailsService problems, ILogger<StorageUnavailableHandler> log) : IExceptionHandler
{
    public const int RetryAfterSeconds = 10;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!IsOutage(exception) || httpContext.Response.HasStarted)
            return false;

        log.LogWarning(exception, "Storage unavailable: {Method} {Path} refused with 503", httpContext.Request.Method, httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Storage is unavailable",
                Detail = $"Nothing was acknowledged. Send it again in {RetryAfterSeconds} seconds or more.",
            },
        });
    }

    /// <summary>
    /// Runs an endpoint outside ASP.NET Core's exception handling (an HTTP trigger of the Functions app): an outage that
    /// escapes it is answered as <see cref="TryHandleAsync"/> answers it; anything else goes on up.
    /// </summary>
    public async Task GuardAsync(HttpContext httpContext, Func<Task> endpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        try
        {
            await endpoint();
        }
        catch (Exception e) when (IsOutage(e))
        {
            if (!await TryHandleAsync(httpContext, e, cancellationToken))
                throw;
        }
    }

    /// <summary>The storage service could not be reached or could not serve: an outage, not a bad request.</summary>
    public static bool IsOutage(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case RequestFailedException { Status: 0 or >= 500 }:
                case HttpRequestException:
                case SocketException:
                case TimeoutException:
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Any(IsOutage):
                    return true;
            }
        }

        return false;
    }
}
