using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ProgrammeWorkflows.Web.Errors;

namespace ProgrammeWorkflows.Workflows.Tests.Faults;

/// <summary>
/// What the Functions app's HTTP triggers run in (<c>StorageOutageMiddleware</c> is this guard on the worker's
/// pipeline, which has no ASP.NET Core exception handler): a real storage call to an address where nothing listens is
/// answered 503 with Retry-After and problem details; other failures go on up.
/// </summary>
public sealed class StorageUnavailableGuardTests
{
    private static (HttpContext Http, StorageUnavailableHandler Guard) Request()
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().AddSingleton<StorageUnavailableHandler>().BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.Method = "POST";
        http.Request.Path = "/reply/token";
        http.Request.Headers.Accept = "application/json";
        http.Response.Body = new MemoryStream();
        return (http, services.GetRequiredService<StorageUnavailableHandler>());
    }

    [Fact]
    public async Task Storage_that_does_not_answer_is_a_503_with_retry_after_and_problem_details()
    {
        // Port 9 (discard) on the loopback: nothing listens, the connection is refused; no retry, so it fails at once.
        var table = new TableClient(
            new Uri("http://127.0.0.1:9/devstoreaccount1"),
            "Submissions",
            new TableSharedKeyCredential("devstoreaccount1", Convert.ToBase64String(new byte[64])),
            new TableClientOptions { Retry = { MaxRetries = 0 } });
        var (http, guard) = Request();

        await guard.GuardAsync(http, () => table.GetEntityIfExistsAsync<TableEntity>("p", "r"), CancellationToken.None);

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, http.Response.StatusCode);
        Assert.Equal("10", http.Response.Headers.RetryAfter.ToString());
        http.Response.Body.Position = 0;
        using var problem = await JsonDocument.ParseAsync(http.Response.Body);
        Assert.Equal(("Storage is unavailable", 503), (problem.RootElement.GetProperty("title").GetString(), problem.RootElement.GetProperty("status").GetInt32()));
        Assert.StartsWith("Nothing was acknowledged.", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failure_that_is_not_an_outage_goes_on_up_and_writes_nothing()
    {
        var (http, guard) = Request();

        await Assert.ThrowsAsync<InvalidOperationException>(() => guard.GuardAsync(http, () => throw new InvalidOperationException("a bug"), CancellationToken.None));
        Assert.Equal((200, 0L), (http.Response.StatusCode, http.Response.Body.Length));
    }

    [Fact]
    public async Task An_endpoint_that_succeeds_is_left_alone()
    {
        var (http, guard) = Request();

        await guard.GuardAsync(http, () => http.Response.WriteAsync("stored"), CancellationToken.None);

        Assert.Equal(200, http.Response.StatusCode);
        http.Response.Body.Position = 0;
        Assert.Equal("stored", await new StreamReader(http.Response.Body).ReadToEndAsync());
    }
}
