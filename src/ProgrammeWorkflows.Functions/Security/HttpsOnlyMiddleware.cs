using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ProgrammeWorkflows.Functions.Security;

/// <summary>
/// In Azure the app is served over HTTPS only (<c>httpsOnly</c> in the template, which also sets
/// <c>Hosting__HttpsOnly=true</c>), but the platform's front end ends TLS and the host hands the request to the worker over
/// plain HTTP, setting <c>X-Forwarded-Proto</c> to its own scheme. So the setting, not the request, says the scheme: the
/// request is taken as https, and the cookies the app sets (the key's, the antiforgery one) are <c>Secure</c>.
/// </summary>
public sealed class HttpsOnlyMiddleware : IFunctionsWorkerMiddleware
{
    public const string Setting = "Hosting:HttpsOnly";

    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.GetHttpContext() is { } http && http.RequestServices.GetRequiredService<IConfiguration>().GetValue<bool>(Setting))
            http.Request.Scheme = "https";
        return next(context);
    }
}
