using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using ProgrammeWorkflows.Web.Security;

namespace ProgrammeWorkflows.Functions.Security;

/// <summary>
/// What an HTTP trigger asks of its caller, checked by <see cref="SignInMiddleware"/> before it runs. Every HTTP
/// trigger but the reply link's names one; the triggers themselves are anonymous to the host, because the platform's
/// signed-in person carries no function key (a test holds every trigger to this).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class AccessAttribute(RouteAccess access) : Attribute
{
    public RouteAccess Access { get; } = access;

    /// <summary>A page a person opens in a browser: a key given in its address moves into the cookie; in Azure a person not signed in is sent to sign in.</summary>
    public bool Page { get; init; }

    /// <summary>The access of every function of this app that names one, by function name.</summary>
    public static IReadOnlyDictionary<string, AccessAttribute> OfFunctions(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null && m.GetCustomAttribute<AccessAttribute>() is not null)
            .ToDictionary(m => m.GetCustomAttribute<FunctionAttribute>()!.Name, m => m.GetCustomAttribute<AccessAttribute>()!, StringComparer.Ordinal);
    }
}
