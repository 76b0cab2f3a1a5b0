using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using ProgrammeWorkflows.Web.Security;

namespace ProgrammeWorkflows.Functions.Security;

/// <summary>The Functions app's HTTP triggers send the same header policy as the local host (<see cref="ResponseHeaders"/>); other triggers are untouched.</summary>
public sealed class ResponseHeadersMiddleware : IFunctionsWorkerMiddleware
{
    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.GetHttpContext() is { } http)
            ResponseHeaders.Apply(http);
        return next(context);
    }
}
