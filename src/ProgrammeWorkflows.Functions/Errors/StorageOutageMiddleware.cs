using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.DependencyInjection;
using ProgrammeWorkflows.Web.Errors;

namespace ProgrammeWorkflows.Functions.Errors;

/// <summary>
/// The Functions app's HTTP triggers answer a storage outage as the local host does: 503 with <c>Retry-After</c> and
/// problem details, not 500 (the worker's pipeline has no ASP.NET Core exception handler). Other triggers are untouched.
/// </summary>
public sealed class StorageOutageMiddleware : IFunctionsWorkerMiddleware
{
    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        return context.GetHttpContext() is { } http
            ? http.RequestServices.GetRequiredService<StorageUnavailableHandler>().GuardAsync(http, () => next(context), context.CancellationToken)
            : next(context);
    }
}
