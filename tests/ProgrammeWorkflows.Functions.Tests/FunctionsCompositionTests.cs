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
        using var host = FunctionsApp.CreateBuilder()
            .UseEnvironment(environment)
            .ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
                ["Presidency:Contacts"] = "desk@presidency.example;secretariat@consilium.example",
            }))
            .UseDefaultServiceProvider(options => (options.ValidateOnBuild, options.ValidateScopes) = (true, true))
            .Build();

        using var scope = host.Services.CreateScope();
        var functionClasses = typeof(FunctionsApp).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttributes(typeof(FunctionAttribute), inherit: false).Length > 0) && !t.IsAbstract)
            .ToList();

        Assert.Equal(["ActivityFunctions", "AnnualReportTimer", "HttpFunctions"], functionClasses.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.All(functionClasses, type => Assert.NotNull(ActivatorUtilities.CreateInstance(scope.ServiceProvider, type)));
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
