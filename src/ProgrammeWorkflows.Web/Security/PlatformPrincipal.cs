using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace ProgrammeWorkflows.Web.Security;

/// <summary>
/// The person App Service authentication signed in: the platform strips every <c>X-MS-CLIENT-PRINCIPAL*</c> header a
/// client sends and writes its own, <c>X-MS-CLIENT-PRINCIPAL</c> being base64 JSON of the token's claims (the app
/// roles under the claim type <c>role_typ</c> names). Read only where the platform says it is on.
/// </summary>
public static class PlatformPrincipal
{
    public const string Header = "X-MS-CLIENT-PRINCIPAL";
    public const string NameHeader = "X-MS-CLIENT-PRINCIPAL-NAME";
    public const string IdHeader = "X-MS-CLIENT-PRINCIPAL-ID";

    private static readonly string[] RoleClaims = ["roles", "http://schemas.microsoft.com/ws/2008/06/identity/claims/role"];
    private static readonly string[] IdClaims = ["http://schemas.microsoft.com/identity/claims/objectidentifier", "oid", "sub"];
    private static readonly string[] NameClaims = ["name", "preferred_username", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name"];

    /// <summary>The signed-in person, or null when the request carries no principal or one that cannot be read.</summary>
    public static ProgrammePrincipal? Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Headers[Header].ToString() is not { Length: > 0 } encoded || Decode(encoded) is not { } principal)
            return null;

        string? Claim(IEnumerable<string> types) => types.SelectMany(t => principal.Claims.Where(c => c.Type == t)).Select(c => c.Value).FirstOrDefault(v => !string.IsNullOrEmpty(v));
        var name = request.Headers[NameHeader].ToString() is { Length: > 0 } header ? header : Claim([principal.NameType ?? "name", .. NameClaims]);
        var id = request.Headers[IdHeader].ToString() is { Length: > 0 } given ? given : Claim(IdClaims);
        if (name is null || id is null)
            return null;

        var roleTypes = principal.RoleType is { Length: > 0 } roleType ? [roleType, .. RoleClaims] : RoleClaims;
        var roles = principal.Claims.Where(c => roleTypes.Contains(c.Type, StringComparer.Ordinal))
            .Select(c => ProgrammeRoles.TryParse(c.Value, out var role) ? role : (ProgrammeRole?)null)
            .OfType<ProgrammeRole>()
            .ToHashSet();
        return new ProgrammePrincipal(name, id, roles, ProgrammePrincipal.ViaPlatform);
    }

    /// <summary>The header as the platform writes it, for a test that stands in for the platform.</summary>
    public static string Encode(string name, string id, params ProgrammeRole[] roles) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new ClientPrincipal
        {
            AuthenticationType = "aad",
            NameType = "name",
            RoleType = "roles",
            Claims = [new("name", name), new("http://schemas.microsoft.com/identity/claims/objectidentifier", id), .. roles.Select(r => new PrincipalClaim("roles", r.ToString()))],
        }));

    private static ClientPrincipal? Decode(string encoded)
    {
        try
        {
            return JsonSerializer.Deserialize<ClientPrincipal>(Encoding.UTF8.GetString(Convert.FromBase64String(encoded)));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    private sealed class ClientPrincipal
    {
        [JsonPropertyName("auth_typ")]
        public string? AuthenticationType { get; set; }

        [JsonPropertyName("name_typ")]
        public string? NameType { get; set; }

        [JsonPropertyName("role_typ")]
        public string? RoleType { get; set; }

        [JsonPropertyName("claims")]
        public List<PrincipalClaim> Claims { get; set; } = [];
    }

    private sealed record PrincipalClaim([property: JsonPropertyName("typ")] string Type, [property: JsonPropertyName("val")] string Value);
}
