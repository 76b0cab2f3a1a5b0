using Microsoft.AspNetCore.Http;

namespace ProgrammeWorkflows.Web.Security;

/// <summary>
/// Who is calling: a person signed in by the platform (Microsoft Entra ID through App Service authentication), a person
/// holding a named local key, or a script holding the function key. <paramref name="Via"/> says which; a decision,
/// a programme start and a report production record <paramref name="Name"/> and <paramref name="Id"/>.
/// </summary>
public sealed record ProgrammePrincipal(string Name, string Id, IReadOnlySet<ProgrammeRole> Roles, string Via)
{
    /// <summary>
    /// Signed in by what a browser sends on its own (the page cookie, the platform's session cookie), not by a header
    /// the caller set: such a request could come from another site, so its posts must show they did not.
    /// </summary>
    public bool Ambient { get; init; }

    public const string ViaPlatform = "Microsoft Entra ID";
    public const string ViaKey = "key";
    public const string ViaFunctionKey = "function key";

    private static readonly object Slot = new();

    public bool May(RouteAccess access) => access.Admitted().Any(Roles.Contains);

    /// <summary>The principal <see cref="SignIn"/> admitted for this request; a handler behind a route that names an access always has one.</summary>
    public static ProgrammePrincipal Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Items.TryGetValue(Slot, out var principal) && principal is ProgrammePrincipal known
            ? known
            : throw new InvalidOperationException($"{http.Request.Method} {http.Request.Path} reached its handler without a principal: its route names no access");
    }

    internal void Attach(HttpContext http) => http.Items[Slot] = this;
}
