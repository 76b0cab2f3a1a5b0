using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProgrammeWorkflows.Adapters.Mail;
using ProgrammeWorkflows.Adapters.Mail.Acs;

namespace ProgrammeWorkflows.Adapters.Tests.Mail;

/// <summary>Configuration alone chooses the transport (Email:Transport), and bad mail settings fail at start.</summary>
public sealed class MailRegistrationTests
{
    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddSingleton(TimeProvider.System);
        services.AddProgrammeMail();
        return services.BuildServiceProvider();
    }

    [Theory]
    [InlineData(null, typeof(FolderTransport))]
    [InlineData("Folder", typeof(FolderTransport))]
    [InlineData("Smtp", typeof(SmtpTransport))]
    [InlineData("Acs", typeof(AcsEmailTransport))]
    public void The_transport_is_the_one_configured(string? transport, Type expected)
    {
        using var services = Services(new()
        {
            ["Email:Transport"] = transport,
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Acs:ConnectionString"] = "endpoint=https://contoso.communication.azure.com/;accesskey=AAAA",
            ["Email:Acs:SenderAddress"] = "DoNotReply@contoso.example",
        });

        Assert.IsType(expected, services.GetRequiredService<IMailTransport>());
    }

    [Theory]
    [InlineData("Acs", "Email:Acs needs ConnectionString")]
    [InlineData("Smtp", "Email:Smtp needs Host")]
    [InlineData("Carrier pigeon", "Carrier pigeon")]
    public void Incomplete_settings_are_refused_with_what_is_missing(string transport, string message)
    {
        using var services = Services(new() { ["Email:Transport"] = transport });

        var e = Assert.ThrowsAny<Exception>(() => services.GetRequiredService<IOptions<MailOptions>>().Value);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }
}
