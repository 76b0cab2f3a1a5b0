using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProgrammeWorkflows.Local.Web;
using ProgrammeWorkflows.Web.Security;

namespace ProgrammeWorkflows.Local.Tests.Serve;

/// <summary>The people who sign in with keys, from the settings or a file: read once at start, and refused at start, naming the person, when one cannot sign in.</summary>
public sealed class AccessSettingsTests : IDisposable
{
    private static readonly string Key = new('k', 40);
    private readonly string folder = Directory.CreateTempSubdirectory("programme-access-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static AccessOptions Read(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var app = LocalWebHost.Build("http://127.0.0.1:0", "csap1997", configuration, _ => { });
        return app.Services.GetRequiredService<IOptions<AccessOptions>>().Value;
    }

    [Fact]
    public void The_people_of_the_settings_and_of_the_file_sign_in_alike()
    {
        var file = Path.Combine(folder, "people.json");
        File.WriteAllText(file, $$"""[{"name": "Luc Dubois", "id": "secretariat-3", "roles": ["Secretariat"], "key": "{{new string('s', 40)}}"}]""");

        var access = Read(new()
        {
            ["Access:People:0:Name"] = "Kirsti Virtanen", ["Access:People:0:Roles:0"] = "presidency", ["Access:People:0:Key"] = Key,
            ["Access:PeopleFile"] = file,
        });

        Assert.Equal([("Kirsti Virtanen", "Kirsti Virtanen"), ("Luc Dubois", "secretariat-3")], access.AllPeople.Select(p => (p.Name, p.Id)));
        Assert.False(access.PlatformAuthentication);
    }

    [Theory]
    [InlineData("Access:People:0:Roles:0", "Chancellor", "\"Kirsti Virtanen\" has the role \"Chancellor\", which is not one of Presidency, Secretariat, Administrator")]
    [InlineData("Access:People:0:Key", "short", "\"Kirsti Virtanen\" has a key shorter than 32 characters")]
    [InlineData("Access:PeopleFile", "/no/such/people.json", "Access:PeopleFile names /no/such/people.json, which does not exist")]
    [InlineData("Access:FunctionKey", "@Microsoft.KeyVault(SecretUri=https://kv-x.vault.azure.net/secrets/automation-key)", "Access:FunctionKey is a Key Vault reference the platform could not resolve")]
    [InlineData("Access:FunctionKey", "short-key", "Access:FunctionKey is shorter than 32 characters")]
    [InlineData("Access:FunctionKey", "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk", "Access:People: \"Kirsti Virtanen\" has the key of Access:FunctionKey")]
    [InlineData("Access:People:0:Roles:0", "Presidency,Administrator", "has the role \"Presidency,Administrator\", which is not one of")]
    public void A_person_who_cannot_sign_in_stops_the_start_naming_them(string setting, string value, string message)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Access:People:0:Name"] = "Kirsti Virtanen", ["Access:People:0:Roles:0"] = "Presidency", ["Access:People:0:Key"] = Key,
            [setting] = value,
        };

        var refused = Assert.Throws<OptionsValidationException>(() => Read(settings));
        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_people_file_that_is_not_json_stops_the_start_naming_the_file()
    {
        var file = Path.Combine(folder, "people.json");
        File.WriteAllText(file, "name,roles,key");

        var refused = Assert.Throws<OptionsValidationException>(() => Read(new() { ["Access:PeopleFile"] = file }));
        Assert.Contains($"Access:PeopleFile {file} is not a JSON array of people", refused.Message, StringComparison.Ordinal);
    }
}
