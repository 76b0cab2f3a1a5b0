using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using ProgrammeWorkflows.Adapters.Storage;
using ProgrammeWorkflows.Local.Tests.CommandLine;

namespace ProgrammeWorkflows.Local.Tests.EndToEnd;

/// <summary>
/// The local host as a person runs it (<c>serve --engine azurestorage</c>, its own process) killed with SIGKILL in the
/// middle of item 6 and started again on the same Azurite and mail folder: every acknowledged answer is kept, no mail
/// is written twice, no escalation is raised twice, and the item finishes.
/// </summary>
[Collection(Simulation.OneSimulatedProgramme.Name)]
public sealed class KillTests : IAsyncLifetime, IDisposable
{
    private static readonly int[] ItemSix = [6];
    private const string Key = "kill-test-key";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
    private readonly string data = Directory.CreateTempSubdirectory("programme-kill-").FullName;
    private readonly HttpClient http = new();
    private readonly System.Text.StringBuilder log = new();
    private readonly List<Process> hosts = [];
    private AzuriteProcess? azurite;

    private string MailPath => Path.Combine(data, "mail");

    public async Task InitializeAsync() => azurite = await AzuriteProcess.StartAsync(Path.Combine(data, "azurite"));

    [Fact]
    public async Task A_host_killed_mid_item_and_started_again_loses_no_answer_and_sends_no_mail_twice()
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        http.BaseAddress = new Uri(url);
        http.DefaultRequestHeaders.Add("x-functions-key", Key);

        var answered = new List<string>();
        var first = await ServeAsync(url);

        // Item 6 only, 20 programme days a second: invitations on 1 July 1997, due 31 March 1998 (about 14 s later).
        var start = await http.PostAsJsonAsync("/api/programme/start", new { from = "1997-07-01", speed = 20 * 86_400, items = ItemSix });
        Assert.True(start.StatusCode == HttpStatusCode.Accepted, $"{(int)start.StatusCode} {await start.Content.ReadAsStringAsync()} {log}");
        await Waiting.ForAsync(() => Task.FromResult(Mail("invitation").Count >= 15), "the invitations of item 6", Patience);
        foreach (var party in new[] { "DE", "FR", "NL" })
            answered.Add(await AnswerAsync(party));

        first.Kill(entireProcessTree: true);
        await first.WaitForExitAsync();

        var second = await ServeAsync(url);
        foreach (var party in new[] { "IT", "AT" })
            answered.Add(await AnswerAsync(party));

        var item = await Waiting.ForAsync(
            async () => JsonNode.Parse(await http.GetStringAsync("/api/items/6"))!["cycles"]!.AsArray().Single(c => (string?)c!["cycle"] == "1998") is var cycle && (string?)cycle!["state"] == "closed" ? cycle : null,
            "item 6 to close",
            Patience);
        second.Kill(entireProcessTree: true);

        // Every acknowledged answer kept, once.
        var parties = item["parties"]!.AsArray();
        foreach (var party in answered)
            Assert.Single(parties.Single(p => (string?)p!["party"] == party)!["submissions"]!.AsArray());

        // No mail written twice (the folder names each file by its outbox id), no escalation twice.
        var ids = Mail(null).Select(MailFolder.OutboxId).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var escalations = parties.SelectMany(p => p!["escalations"]!.AsArray()).Select(e => (string)e!["id"]!).ToList();
        Assert.Equal(escalations.Count, escalations.Distinct().Count());
        Assert.Equal(15 - answered.Count, parties.Count(p => (string?)p!["standing"] == "missing"));
        Assert.All(parties.Where(p => (string?)p!["standing"] == "missing"), p => Assert.Single(p!["escalations"]!.AsArray()));
    }

    /// <summary>Answers through the newest link mailed to the party's primary delegate; returns the party once acknowledged.</summary>
    private async Task<string> AnswerAsync(string party)
    {
        var newest = Mail(null).Where(f => f.Contains($".06.1998.{party}.", StringComparison.Ordinal)).Select(File.ReadAllText)
            .Where(text => text.Contains($"delegate@{party.ToLowerInvariant()}.customs.example", StringComparison.Ordinal) && MailFolder.ReplyLinkIn(text) is not null)
            .LastOrDefault() ?? throw new InvalidOperationException($"no mail with a link to {party}");
        var link = MailFolder.ReplyLinkIn(newest)!;
        using var form = new FormUrlEncodedContent([new("status", "done"), new("text", $"{party} answers")]);
        var response = await http.PostAsync(link, form);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{party}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return party;
    }

    /// <summary>The mail folder's messages of a kind (all when null), oldest first.</summary>
    private List<string> Mail(string? kind) => MailFolder.Files(MailPath, kind);

    private async Task<Process> ServeAsync(string url)
    {
        var start = LocalProgram.StartInfo(data, "serve", "--engine", "azurestorage", "--urls", url);
        start.Environment["Storage__ConnectionString"] = azurite!.ConnectionString;
        start.Environment["Email__Folder__Path"] = MailPath;
        start.Environment["Presidency__Key"] = Key;
        var process = Process.Start(start)!;
        hosts.Add(process);
        process.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await Waiting.ForAsync(
            async () =>
            {
                if (process.HasExited)
                    throw new InvalidOperationException($"serve stopped with exit code {process.ExitCode}");
                try
                {
                    return (await http.GetAsync("/api/items")).IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            },
            "serve to answer",
            Patience);
        return process;
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose() => http.Dispose();

    public async Task DisposeAsync()
    {
        // A failed test leaves no host behind.
        foreach (var host in hosts)
        {
            if (!host.HasExited)
            {
                host.Kill(entireProcessTree: true);
                await host.WaitForExitAsync();
            }

            host.Dispose();
        }

        if (azurite is not null)
            await azurite.DisposeAsync();
        Directory.Delete(data, recursive: true);
    }
}
