using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ProgrammeWorkflows.Web.Security;

/// <summary>One person who signs in with a key: the local host's way, and a script's in Azure.</summary>
public sealed class PersonAccess
{
    public string Name { get; set; } = string.Empty;

    /// <summary>Stable across a change of name; recorded with every decision. Default: the name.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Presidency, Secretariat, Administrator (one or more).</summary>
    public List<string> Roles { get; set; } = [];

    /// <summary>Sent as <c>x-functions-key</c>, or once in a page's address (<c>?key=</c>); at least 32 characters.</summary>
    public string Key { get; set; } = string.Empty;
}

/// <summary>
/// Section <c>Access</c>: who may call the programme's routes. <c>People</c> (or the JSON file <c>PeopleFile</c> names,
/// an array of the same) are people with their roles and keys; <c>FunctionKey</c> is the key scripts send in Azure (a
/// Key Vault reference), with the Administrator role. <c>Presidency:Key</c> stays a key with every role. The
/// platform's <c>X-MS-CLIENT-PRINCIPAL</c> is trusted only where App Service authentication is on
/// (<c>WEBSITE_AUTH_ENABLED=True</c>, set by the platform).
/// </summary>
public sealed class AccessOptions
{
    public const string Section = "Access";
    public const int ShortestKey = 32;

    public List<PersonAccess> People { get; set; } = [];

    public string PeopleFile { get; set; } = string.Empty;

    public string FunctionKey { get; set; } = string.Empty;

    /// <summary>From <c>WEBSITE_AUTH_ENABLED</c>: the platform authenticated the request and wrote its principal headers.</summary>
    public bool PlatformAuthentication { get; set; }

    /// <summary>The people of <see cref="People"/> and of <see cref="PeopleFile"/>, read once.</summary>
    public IReadOnlyList<PersonAccess> AllPeople { get; internal set; } = [];

    internal string? PeopleFileProblem { get; set; }

    /// <summary>Every key there is with who holds it, built once: the people's, <c>FunctionKey</c>'s and <c>Presidency:Key</c>'s.</summary>
    internal IReadOnlyList<(byte[] Key, ProgrammePrincipal Holder)> KeyHolders { get; set; } = [];
}

/// <summary>Reads <see cref="AccessOptions.PeopleFile"/> and <c>WEBSITE_AUTH_ENABLED</c>, and refuses at start a person who cannot sign in, naming them.</summary>
internal sealed class AccessOptionsSetup(Microsoft.Extensions.Configuration.IConfiguration configuration, IOptions<PresidencyOptions> presidency) : IPostConfigureOptions<AccessOptions>, IValidateOptions<AccessOptions>
{
    private static readonly JsonSerializerOptions FileFormat = new(JsonSerializerDefaults.Web);

    public void PostConfigure(string? name, AccessOptions options)
    {
        options.PlatformAuthentication = string.Equals(configuration["WEBSITE_AUTH_ENABLED"], "true", StringComparison.OrdinalIgnoreCase);
        List<PersonAccess> fromFile = [];
        if (options.PeopleFile.Length > 0 && !File.Exists(options.PeopleFile))
            options.PeopleFileProblem = $"Access:PeopleFile names {options.PeopleFile}, which does not exist";
        else if (options.PeopleFile.Length > 0)
        {
            try
            {
                fromFile = JsonSerializer.Deserialize<List<PersonAccess>>(File.ReadAllText(options.PeopleFile), FileFormat) ?? [];
            }
            catch (JsonException e)
            {
                options.PeopleFileProblem = $"Access:PeopleFile {options.PeopleFile} is not a JSON array of people (name, id, roles, key): {e.Message}";
            }
        }

        options.AllPeople = [.. options.People, .. fromFile];
        foreach (var person in options.AllPeople.Where(p => p.Id.Length == 0))
            person.Id = person.Name;

        List<(string Key, ProgrammePrincipal Holder)> holders =
        [
            .. options.AllPeople.Select(p => (p.Key, new ProgrammePrincipal(p.Name, p.Id, p.Roles.Select(r => ProgrammeRoles.TryParse(r, out var role) ? role : (ProgrammeRole?)null).OfType<ProgrammeRole>().ToHashSet(), ProgrammePrincipal.ViaKey))),
            (options.FunctionKey, new ProgrammePrincipal("function key", "function-key", new HashSet<ProgrammeRole> { ProgrammeRole.Administrator }, ProgrammePrincipal.ViaFunctionKey)),
            (presidency.Value.Key, new ProgrammePrincipal("Presidency key", "presidency-key", Enum.GetValues<ProgrammeRole>().ToHashSet(), ProgrammePrincipal.ViaKey)),
        ];
        options.KeyHolders = [.. holders.Where(h => h.Key.Length > 0).Select(h => (System.Text.Encoding.UTF8.GetBytes(h.Key), h.Holder))];
    }

    public ValidateOptionsResult Validate(string? name, AccessOptions options)
    {
        var problems = new List<string>();
        if (options.PeopleFileProblem is { } file)
            problems.Add(file);
        foreach (var (person, index) in options.AllPeople.Select((p, i) => (p, i)))
        {
            var who = person.Name.Length > 0 ? $"\"{person.Name}\"" : $"person {index + 1}";
            if (person.Name.Trim().Length == 0)
                problems.Add($"Access:People: {who} has no name");
            if (person.Key.Length < AccessOptions.ShortestKey)
                problems.Add($"Access:People: {who} has a key shorter than {AccessOptions.ShortestKey} characters");
            if (person.Roles.Count == 0)
                problems.Add($"Access:People: {who} has no role (Presidency, Secretariat, Administrator)");
            foreach (var role in person.Roles.Where(r => !ProgrammeRoles.TryParse(r, out _)))
                problems.Add($"Access:People: {who} has the role \"{role}\", which is not one of Presidency, Secretariat, Administrator");
        }

        foreach (var twice in options.AllPeople.GroupBy(p => p.Key, StringComparer.Ordinal).Where(g => g.Key.Length > 0 && g.Count() > 1))
            problems.Add($"Access:People: {string.Join(" and ", twice.Select(p => $"\"{p.Name}\""))} have the same key");

        // The scripts' key in Azure is a Key Vault reference: unresolved, the platform leaves the reference itself in
        // the setting, a string anyone who can read the settings knows. It must never open anything.
        var presidencyKey = presidency.Value.Key;
        if (options.FunctionKey.Length > 0 && (options.FunctionKey.Length < AccessOptions.ShortestKey || IsUnresolvedReference(options.FunctionKey)))
            problems.Add($"Access:FunctionKey is {(IsUnresolvedReference(options.FunctionKey) ? "a Key Vault reference the platform could not resolve (the secret is missing or unreadable)" : $"shorter than {AccessOptions.ShortestKey} characters")}");
        if (IsUnresolvedReference(presidencyKey))
            problems.Add("Presidency:Key is a Key Vault reference the platform could not resolve (the secret is missing or unreadable)");
        foreach (var person in options.AllPeople.Where(p => p.Key.Length > 0 && (p.Key == options.FunctionKey || p.Key == presidencyKey)))
            problems.Add($"Access:People: \"{person.Name}\" has the key of {(person.Key == options.FunctionKey ? "Access:FunctionKey" : "Presidency:Key")}");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static bool IsUnresolvedReference(string key) => key.StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase);
}
