using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using ProgrammeWorkflows.Web.Security;

namespace ProgrammeWorkflows.Functions.Security;

/// <summary>
/// The Functions app's side of <see cref="SignIn"/>: before an HTTP trigger that names an <see cref="AccessAttribute"/>
/// runs, the request becomes a principal or is refused, exactly as the local host's endpoint filter does it.
/// </summary>
public sealed class SignInMiddleware : IFunctionsWorkerMiddleware
{
    private static readonly IReadOnlyDictionary<string, AccessAttribute> Access = AccessAttribute.OfFunctions(typeof(SignInMiddleware).Assembly);

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.GetHttpContext() is { } http && Access.TryGetValue(context.FunctionDefinition.Name, out var access)
            && SignIn.Admit(http, access.Access, access.Page) is { } refusal)
        {
            await refusal.ExecuteAsync(http);
            return;
        }

        await next(context);
    }
}
