using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ProgrammeWorkflows.Web.Security;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Tests.Infrastructure;

namespace ProgrammeWorkflows.Workflows.Tests.Security;

/// <summary>
/// The programme's start, on a host of its own (the shared host's programme must not start): only an administrator
/// starts it, the audit log records who, and a second start, which starts nothing, records nothing.
/// </summary>
public sealed class ProgrammeStartAuditTests(ProgrammeStartAuditTests.OwnHost fixture) : IClassFixture<ProgrammeStartAuditTests.OwnHost>
{
    private static readonly int[] ItemSix = [6];

    [Fact]
    public async Task Only_an_administrator_starts_the_programme_and_the_audit_log_records_who()
    {
        var host = fixture.Host;
        // Item 6 only, on a clock far from any deadline: nothing follows from the start during the test.
        HttpContent Start() => JsonContent.Create(new { from = "1997-07-02", speed = 1, items = ItemSix });

        using var refused = await host.Http.SendAsync(host.As(ProgrammeRole.Presidency, HttpMethod.Post, "/api/programme/start", Start()));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Null(await host.Client.GetInstanceAsync(host.WebProgramme.Id));

        using var started = await host.Http.SendAsync(host.As(ProgrammeRole.Administrator, HttpMethod.Post, "/api/programme/start", Start()));
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var instance = (string)JsonNode.Parse(await started.Content.ReadAsStringAsync())!["instanceId"]!;
        using var again = await host.Http.SendAsync(host.As(ProgrammeRole.Administrator, HttpMethod.Post, "/api/programme/start", Start()));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        var audit = Assert.Single(await host.Get<IAuditLog>().ListAsync(host.WebProgramme.Id), a => a.Action == "programme:start");
        Assert.Equal((instance, "Ana Ferreira", "administrator-1", "items 6, speed 1"), (audit.Subject, audit.Actor, audit.ActorId, audit.Detail));
        Assert.Equal(new DateTimeOffset(1997, 7, 2, 0, 0, 0, TimeSpan.Zero), audit.ProgrammeAt, TimeSpan.FromMinutes(5));
        await host.Client.TerminateInstanceAsync(instance);
    }

    /// <summary>A workflow host of this test's own.</summary>
    public sealed class OwnHost : IAsyncLifetime
    {
        public WorkflowHost Host { get; } = new();

        public Task InitializeAsync() => Host.InitializeAsync();

        public Task DisposeAsync() => Host.DisposeAsync();
    }
}
