namespace ProgrammeWorkflows.Infrastructure.Tests;

/// <summary>
/// infra-bicep checked with the Bicep CLI 0.49.2: the security rules of bicepconfig.json are errors, and any warning
/// fails too (type warnings such as BCP036 cannot be raised to errors by configuration).
/// </summary>
public class BicepTests
{
    private static readonly string Bicep = ToolRun.Metadata("Bicep");
    private static readonly string Infra = Path.Combine(ToolRun.RepositoryRoot, "infra-bicep");

    private static void Clean(ToolRun run)
    {
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.DoesNotContain("Warning", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Error", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_templates_lint_clean()
    {
        Clean(await ToolRun.RunAsync(Bicep, Infra, "lint", "main.bicep"));
    }

    [Fact]
    public async Task The_parameters_file_builds_against_the_template()
    {
        var run = await ToolRun.RunAsync(Bicep, Infra, "build-params", "main.bicepparam", "--stdout");

        Clean(run);
        Assert.Contains("presidencyContacts", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_security_rules_are_errors()
    {
        var config = await File.ReadAllTextAsync(Path.Combine(Infra, "bicepconfig.json"));

        foreach (var rule in new[] { "no-hardcoded-env-urls", "use-secure-value-for-secure-inputs", "outputs-should-not-contain-secrets", "secure-parameter-default", "secure-secrets-in-params", "no-unused-params" })
            Assert.Matches($"\"{rule}\": \\{{ \"level\": \"error\" \\}}", config);
        Assert.Matches("\"use-recent-api-versions\": \\{ \"level\": \"off\" \\}", config);
    }

    [Theory]
    [InlineData("modules/storage.bicep", "output key string = account.listKeys().keys[0].value\n", "outputs-should-not-contain-secrets")]
    [InlineData("modules/keyvault.bicep", "output arm string = 'https://management.azure.com/'\n", "no-hardcoded-env-urls")]
    [InlineData("modules/identity.bicep", "param unused string\n", "no-unused-params")]
    [InlineData("modules/identity.bicep", "@secure()\nparam password string = 'hunter2'\noutput p string = password\n", "secure-parameter-default")]
    public async Task A_deliberately_broken_copy_fails_the_check(string file, string addition, string rule)
    {
        using var copy = ToolRun.Copy("infra-bicep");
        copy.Append(file, addition);

        var run = await ToolRun.RunAsync(Bicep, copy.Path, "lint", "main.bicep");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(rule, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_secret_is_an_output_of_the_deployment()
    {
        var main = await File.ReadAllTextAsync(Path.Combine(Infra, "main.bicep"));
        var outputs = main.Split('\n').Where(l => l.StartsWith("output ", StringComparison.Ordinal)).Select(l => l.Split(' ')[1]).ToList();

        Assert.Equal(["functionAppHostName", "acsSenderAddress"], outputs);
    }

    [Fact]
    public async Task The_function_app_signs_people_in_with_Entra_ID_lets_anonymous_requests_through_and_reads_its_secrets_from_Key_Vault()
    {
        var run = await ToolRun.RunAsync(Bicep, Infra, "build", "main.bicep", "--stdout");
        Assert.True(run.ExitCode == 0, run.Output);
        var functionApp = Resources(System.Text.Json.Nodes.JsonNode.Parse(run.Output)!).Single(r => (string?)r["name"] == "functionApp")["properties"]!["template"]!;
        var resources = Resources(functionApp).ToList();

        var auth = resources.Single(r => (string?)r["type"] == "Microsoft.Web/sites/config")["properties"]!;
        Assert.Equal(true, (bool?)auth["platform"]!["enabled"]);
        Assert.Equal((false, "AllowAnonymous"), ((bool?)auth["globalValidation"]!["requireAuthentication"], (string?)auth["globalValidation"]!["unauthenticatedClientAction"]));
        Assert.Equal(true, (bool?)auth["login"]!["tokenStore"]!["enabled"]);
        var entra = auth["identityProviders"]!["azureActiveDirectory"]!;
        Assert.Equal(true, (bool?)entra["enabled"]);
        Assert.Equal("[parameters('entraClientId')]", (string?)entra["registration"]!["clientId"]);
        Assert.Equal("MICROSOFT_PROVIDER_AUTHENTICATION_SECRET", (string?)entra["registration"]!["clientSecretSettingName"]);
        Assert.Contains("parameters('entraTenantId')", (string?)entra["registration"]!["openIdIssuer"], StringComparison.Ordinal);

        // The secret and the scripts' key are Key Vault references the app's identity resolves; neither is in the template.
        var site = resources.Single(r => (string?)r["type"] == "Microsoft.Web/sites")["properties"]!;
        Assert.Equal("[parameters('identityId')]", (string?)site["keyVaultReferenceIdentity"]);
        // The settings are one expression (the fixed ones, then the reply-link keys in order).
        var settings = (string)site["siteConfig"]!["appSettings"]!;
        Assert.Contains("createObject('name', 'MICROSOFT_PROVIDER_AUTHENTICATION_SECRET', 'value', format('@Microsoft.KeyVault(SecretUri={0}secrets/entra-client-secret)'", settings, StringComparison.Ordinal);
        Assert.Contains("createObject('name', 'Access__FunctionKey', 'value', format('@Microsoft.KeyVault(SecretUri={0}secrets/automation-key)'", settings, StringComparison.Ordinal);
        Assert.EndsWith(", variables('linkKeySettings'))]", settings, StringComparison.Ordinal);
        var linkKeys = (string)functionApp["variables"]!["linkKeySettings"]!;
        Assert.Contains("format('Links__Keys__{0}__Secret', lambdaVariables('i')), 'value', format('@Microsoft.KeyVault(SecretUri={0}secrets/reply-link-key-{1})'", linkKeys, StringComparison.Ordinal);
    }

    private static IEnumerable<System.Text.Json.Nodes.JsonNode> Resources(System.Text.Json.Nodes.JsonNode template) =>
        template["resources"] switch
        {
            System.Text.Json.Nodes.JsonArray array => array.Select(r => r!),
            System.Text.Json.Nodes.JsonObject named => named.Select(r => r.Value!),
            _ => [],
        };
}
