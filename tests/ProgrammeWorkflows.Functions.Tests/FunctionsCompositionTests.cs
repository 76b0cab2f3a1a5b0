using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ProgrammeWorkflows.Functions.Tests;

/// <summary>
/// The Functions app's container, built as the worker builds it under <c>func start</c> (Development: validated on
/// build, scopes checked), and every function class activated from it as the worker does for each invocation. Before the
/// worker-side and client-side registrations were apart, this failed as <c>func start</c> did: no DurableTaskClient for
/// ItemClocks.
/// </summary>
public class FunctionsCompositionTests
{
    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public void Every_service_and_function_class_resolves(string environment)
    {
        using var host = Build(environment);

        using var scope = host.Services.CreateScope();
        var functionClasses = typeof(FunctionsApp).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttributes(typeof(FunctionAttribute), inherit: false).Length > 0) && !t.IsAbstract)
            .ToList();

        Assert.Equal(["ActivityFunctions", "AnnualReportTimer", "EscalationTriggers", "ItemTriggers", "LinkTriggers", "PresidencyTriggers", "ProgrammeTriggers", "ReplyTriggers", "ReportTriggers"], functionClasses.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.All(functionClasses, type => Assert.NotNull(ActivatorUtilities.CreateInstance(scope.ServiceProvider, type)));
    }

    private static IHost Build(string environment) =>
        FunctionsApp.CreateBuilder()
            .UseEnvironment(environment)
            .ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
                ["Presidency:Contacts"] = "desk@presidency.example;secretariat@consilium.example",
                ["Links:Keys:0:Id"] = "test-1",
                ["Links:Keys:0:Secret"] = Adapters.Links.LinkKeyRing.Generate().Secret,
            }))
            .UseDefaultServiceProvider(options => (options.ValidateOnBuild, options.ValidateScopes) = (true, true))
            .Build();

    /// <summary>
    /// Under the real host in Development every invitation failed: the mail composer gave Blazor's HTML renderer the root
    /// provider, and the renderer's scoped services cannot come from it when scopes are validated.
    /// </summary>
    [Fact]
    public async Task A_mail_is_composed_from_the_container_of_the_app_as_func_start_builds_it()
    {
        using var host = Build("Development");
        var composer = host.Services.GetRequiredService<Adapters.Mail.MailComposer>();
        var record = new ProgrammeWorkflows.Workflows.Ports.OutboxMessage(
            "csap1997.06.1998.BE.invitation.0.anne", "csap1997", 6, "1998", "BE", "invitation", "0", "anne@be.customs.example", "Anne Peeters", "fr",
            new DateTimeOffset(1997, 7, 1, 0, 0, 0, TimeSpan.Zero), new DateOnly(1998, 3, 31), 0, null, null, ProgrammeWorkflows.Workflows.Ports.OutboxState.Pending, 0, null);

        var mail = await composer.ComposeAsync(record, "DoNotReply@programme-workflows.example");

        Assert.Contains("Anne Peeters", mail.Html, StringComparison.Ordinal);
        Assert.StartsWith("Point 6", mail.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Presidency_contact_that_is_not_an_address_stops_the_app_at_start_saying_which()
    {
        var builder = FunctionsApp.CreateBuilder()
            .ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Presidency:Contacts"] = "desk@presidency.example;not an address" }));

        var refused = Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Contains("\"not an address\" is not an email address", refused.Message, StringComparison.Ordinal);
    }
}
