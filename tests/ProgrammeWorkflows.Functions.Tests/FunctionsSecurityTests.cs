using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ProgrammeWorkflows.Web.Security;

namespace ProgrammeWorkflows.Functions.Tests;

/// <summary>
/// The Functions app's container has what the Presidency page's forms need (the page and its guard are the shared
/// handlers): ASP.NET Core antiforgery, on the key ring in the project's blob storage that every instance shares.
/// </summary>
public class FunctionsSecurityTests
{
    [Fact]
    public void The_app_issues_antiforgery_tokens_from_the_key_ring_in_blob_storage()
    {
        using var host = FunctionsApp.CreateBuilder()
            .ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = "UseDevelopmentStorage=true" }))
            .Build();

        Assert.NotNull(host.Services.GetRequiredService<IAntiforgery>());
        Assert.IsType<BlobKeyRing>(host.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository);
        Assert.True(host.Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.SuppressXFrameOptionsHeader);
    }
}
