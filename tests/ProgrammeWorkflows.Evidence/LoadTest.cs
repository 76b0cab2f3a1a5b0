using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProgrammeWorkflows.Domain.Submissions;
using ProgrammeWorkflows.Local.Hosting;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Workflows.Programme;
using ProgrammeWorkflows.Workflows.Time;

namespace ProgrammeWorkflows.Evidence;

/// <summary>
/// <c>load</c>: the reply endpoint of the local host (in-process engine, Azurite) under a fixed number of answers from
/// concurrent clients on 127.0.0.1, against a bare endpoint that writes the same entity to the same table with the
/// same store and nothing else, measured in the same run. Checks that every acknowledged answer is stored.
/// </summary>
public static class LoadTest
{
    private sealed record Phase(string Name, int Acknowledged, int Refused, double Seconds, double P50, double P99)
    {
        public double PerSecond => Acknowledged / Seconds;
    }

    public static async Task<int> RunAsync(int clients, int requests)
    {
        var mail = Directory.CreateTempSubdirectory("programme-load-mail-").FullName;
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Email:Folder:Path"] = mail }).Build();
            await using var system = await LocalSystem.StartAsync(configuration, new LocalSystemOptions(EngineKind.InProcess) { Urls = "http://127.0.0.1:0" });
            var id = LocalSystem.ProgrammeId;

            // Item 31 only, on a clock at wall speed: the invitations go out, then nothing of the workflow's own moves.
            // Fourteen of its fifteen owners answer (the item would close once all had).
            await system.Get<ProgrammeStarter>().StartAsync(system.Client, new ProgrammeRun(id, ProgrammeClock.Starting(new DateOnly(1997, 7, 1), DateTimeOffset.UtcNow, 1), ProduceAnnualReports: false, Items: [31]));
            var links = await LinksAsync(system);
            var owners = links.Select(l => l.Party).Distinct().Order(StringComparer.Ordinal).ToList();
            var repliers = owners.SkipLast(1).ToHashSet(StringComparer.Ordinal);
            var targets = links.Where(l => repliers.Contains(l.Party)).Select(l => new Uri(system.WebAddress!, new Uri(system.Get<ProgrammeWorkflows.Adapters.Links.ReplyLinks>().LinkOf(l)!).AbsolutePath)).ToList();

            // The bare endpoint: the same store writing the same entity (a new version of a party's answer) to the same table.
            var bare = await BareEndpointAsync(system);
            var store = system.Get<ISubmissionStore>();
            var delegateOf = system.Get<IDelegateDirectorySource>().Current;
            var bareTargets = repliers.Select(p => new Uri($"{bare.Urls.Single()}/bare/{p}/{Uri.EscapeDataString(delegateOf.Of(p)[0].Id)}")).ToList();

            Console.WriteLine($"Load: {requests} answers from {clients} concurrent clients on 127.0.0.1, to {targets.Count} reply links of item 31 ({repliers.Count} parties); the same count to the bare endpoint.");
            var warm = await DriveAsync("warm-up", targets.Take(2).ToList(), clients: 4, requests: 40);
            var reply = await DriveAsync("reply endpoint", targets, clients, requests);
            var plain = await DriveAsync("bare endpoint", bareTargets, clients, requests);

            var stored = (await store.ListAsync(id, 31, "1998")).Count;
            var storedBare = (await store.ListAsync(id, 31, BareCycle)).Count;
            foreach (var phase in new[] { reply, plain })
                Console.WriteLine($"{phase.Name,-15} {phase.Acknowledged,6} acknowledged, {phase.Refused} refused, {phase.Seconds,6:0.0} s, {phase.PerSecond,7:0.0} answers/s, p50 {phase.P50,6:0.0} ms, p99 {phase.P99,6:0.0} ms");
            Console.WriteLine($"ratio reply/bare: throughput {reply.PerSecond / plain.PerSecond:0.00}, p50 {reply.P50 / plain.P50:0.00}x, p99 {reply.P99 / plain.P99:0.00}x");
            Console.WriteLine($"stored: {stored} answers for {warm.Acknowledged + reply.Acknowledged} acknowledged by the reply endpoint; {storedBare} for {plain.Acknowledged} by the bare one");
            await bare.DisposeAsync();
            if (stored != warm.Acknowledged + reply.Acknowledged || storedBare != plain.Acknowledged)
            {
                Console.Error.WriteLine("load: the acknowledged count is not the stored count");
                return 4;
            }

            return 0;
        }
        finally
        {
            Directory.Delete(mail, recursive: true);
        }
    }

    private const string BareCycle = "bare";

    private static async Task<List<OutboxMessage>> LinksAsync(LocalSystem system)
    {
        var patience = Stopwatch.StartNew();
        while (true)
        {
            var invitations = (await system.Get<IOutbox>().ListAsync(LocalSystem.ProgrammeId)).Where(m => m is { Item: 31, Kind: NotificationKinds.Invitation, LinkGeneration: not null }).ToList();
            if (invitations.Count >= 30)
                return [.. invitations.GroupBy(m => m.ToAddress).Select(g => g.Last())];
            if (patience.Elapsed > TimeSpan.FromMinutes(2))
                throw new TimeoutException($"only {invitations.Count} invitations of item 31 after 2 min");
            await Task.Delay(100);
        }
    }

    private static async Task<WebApplication> BareEndpointAsync(LocalSystem system)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var store = system.Get<ISubmissionStore>();
        app.MapPost("/bare/{party}/{delegateId}", async (string party, string delegateId, HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            var now = DateTimeOffset.UtcNow;
            var stored = await store.AppendAsync(
                new Submission(LocalSystem.ProgrammeId, 31, BareCycle, party, 0, delegateId, SubmissionStatus.InProgress, form["text"].ToString(), [], now, now), null);
            return Results.Text($"version {stored.Version}");
        });
        await app.StartAsync();
        return app;
    }

    private static async Task<Phase> DriveAsync(string name, List<Uri> targets, int clients, int requests)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromMinutes(2) };
        var latencies = new double[requests];
        var acknowledged = 0;
        var refused = 0;
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            int n;
            while ((n = Interlocked.Increment(ref next)) < requests)
            {
                using var form = new FormUrlEncodedContent([new("status", "in-progress"), new("text", $"answer {n} of the load test")]);
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsync(targets[n % targets.Count], form);
                latencies[n] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (response.IsSuccessStatusCode)
                    Interlocked.Increment(ref acknowledged);
                else
                    Interlocked.Increment(ref refused);
            }
        })));
        var seconds = watch.Elapsed.TotalSeconds;
        Array.Sort(latencies);
        return new Phase(name, acknowledged, refused, seconds, latencies[requests / 2], latencies[Math.Min(requests - 1, (int)(requests * 0.99))]);
    }
}
