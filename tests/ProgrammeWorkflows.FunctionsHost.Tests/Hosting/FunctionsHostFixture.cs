using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using ProgrammeWorkflows.Adapters.Storage;
using Xunit.Abstractions;

namespace ProgrammeWorkflows.FunctionsHost.Tests.Hosting;

/// <summary>
/// One real Functions host running the published app, for a collection of tests: its own Azurite (in memory, or on a
/// data folder so storage can go down and come back), task hub, mail folder and keys, on a free 127.0.0.1 port, with the
/// app settings as environment variables as in Azure. Its stdout and stderr are kept in <see cref="Log"/>, which a
/// failing test prints. A host that does not come up is not an error here: every test of it fails with the reason and
/// the host's log (<see cref="EnsureStarted"/>). Stopped with SIGTERM to its process group (the host and its worker).
/// </summary>
public abstract class FunctionsHostFixture(string environment, object programmeStart, bool storageOnDisk = false) : IAsyncLifetime
{
    /// <summary>The Presidency's contact addresses (the app setting <c>Presidency:Contacts</c>, semicolon-separated).</summary>
    public static readonly string[] PresidencyContacts = ["secretariat@presidency.example", "duty-officer@presidency.example"];

    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(150);
    private readonly StringBuilder log = new();
    private readonly string folder = Directory.CreateTempSubdirectory("programme-fnhost-").FullName;
    private readonly Lock programmeLock = new();
    private Task<JsonNode>? programme;
    private Process? process;
    private AzuriteProcess? azurite;
    private Exception? startFailure;

    public string Environment { get; } = environment;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1");

    /// <summary>A client of the host without any key; <see cref="KeyHeader"/> names the header the keys go in.</summary>
    public HttpClient Http { get; } = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(100) };

    public const string KeyHeader = "x-functions-key";

    /// <summary>
    /// The key scripts send: the app's <c>Access:FunctionKey</c> (in Azure a Key Vault reference), an administrator's.
    /// The triggers are anonymous to the host, so the host's own function keys open nothing.
    /// </summary>
    public string FunctionKey { get; } = Web.Security.PresidencyKey.Generate();

    /// <summary>The key of the one person of <c>Access:People</c>, the secretariat's <see cref="SecretariatName"/>.</summary>
    public string SecretariatKey { get; } = Web.Security.PresidencyKey.Generate();

    public const string SecretariatName = "Ingrid Holm";

    private readonly Adapters.Links.LinkKey linkKey = Adapters.Links.LinkKeyRing.Generate("e2e-1");

    /// <summary>The app's reply links, derived with the key the host was given (<c>Links__Keys__0__*</c>), at its address.</summary>
    public Adapters.Links.ReplyLinks ReplyLinks
    {
        get
        {
            var options = Microsoft.Extensions.Options.Options.Create(new Adapters.Links.LinkOptions { BaseUrl = BaseAddress.ToString().TrimEnd('/'), Keys = [linkKey] });
            return new Adapters.Links.ReplyLinks(new Adapters.Links.LinkKeyRing(options), options);
        }
    }

    /// <summary>Production is the app as Azure runs it: App Service authentication on (<c>WEBSITE_AUTH_ENABLED=True</c>; a test sends the platform's headers), HTTPS only (<c>Hosting__HttpsOnly</c>).</summary>
    public bool PlatformAuthentication => Environment == "Production";

    public string MasterKey { get; private set; } = string.Empty;

    public string MailFolder => Path.Combine(folder, "mail");

    public string Log
    {
        get
        {
            lock (log)
                return log.ToString();
        }
    }

    /// <summary>How long the host took from its start to answering on its routes.</summary>
    public TimeSpan StartedIn { get; private set; }

    public async Task InitializeAsync()
    {
        if (FunctionsHostLauncher.Current is not { } launcher)
            return;
        try
        {
            await StartAsync(launcher);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or HttpRequestException or IOException)
        {
            startFailure = e;
        }
    }

    private async Task StartAsync(FunctionsHostLauncher launcher)
    {
        var app = await PublishedApp.FolderAsync();
        azurite = await AzuriteProcess.StartAsync(storageOnDisk ? Path.Combine(folder, "azurite") : null);
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        Http.BaseAddress = BaseAddress;
        var secrets = Path.Combine(folder, "secrets");

        // setsid: the host and its worker in a process group of their own, so one signal stops both.
        var start = new ProcessStartInfo("setsid")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = app,
        };
        start.ArgumentList.Add(launcher.FileName);
        foreach (var argument in launcher.Arguments(app, port))
            start.ArgumentList.Add(argument);
        // Every setting of local.settings.example.json (what a developer copies for func start), then the test's own.
        var settings = LocalSettingsExample.Values();
        foreach (var (name, value) in new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Storage__ConnectionString"] = azurite.ConnectionString,
            ["DurableTaskHubName"] = "e2e" + Guid.NewGuid().ToString("N")[..12],
            ["AnnualReportSchedule"] = "0 0 6 31 1 *",
            ["Email__Transport"] = "Folder",
            ["Email__Folder__Path"] = MailFolder,
            ["Links__BaseUrl"] = BaseAddress.ToString().TrimEnd('/'),
            ["Presidency__Contacts"] = string.Join(';', PresidencyContacts),
            ["AZURE_FUNCTIONS_ENVIRONMENT"] = Environment,
            ["FUNCTIONS_SECRETS_PATH"] = secrets,
            ["Access__FunctionKey"] = FunctionKey,
            ["Links__Keys__0__Id"] = linkKey.Id,
            ["Links__Keys__0__Secret"] = linkKey.Secret,
            ["Access__People__0__Name"] = SecretariatName,
            ["Access__People__0__Id"] = "secretariat-12",
            ["Access__People__0__Roles__0"] = "Secretariat",
            ["Access__People__0__Key"] = SecretariatKey,
            // The durable extension polls its queues at most every second, not 30 s, so compressed clocks do not lag.
            ["AzureFunctionsJobHost__extensions__durableTask__storageProvider__maxQueuePollingInterval"] = "00:00:01",
        })
        {
            settings[name] = value;
        }

        if (PlatformAuthentication)
        {
            // As the platform says it, and as the template sets it.
            settings["WEBSITE_AUTH_ENABLED"] = "True";
            settings["Hosting__HttpsOnly"] = "true";
        }
        foreach (var (name, value) in settings)
            start.Environment[name] = value;

        Append($"--- {Environment} host on {BaseAddress} (hub {settings["DurableTaskHubName"]}, Azurite {azurite.ConnectionString[^60..]}) ---");
        var started = Stopwatch.StartNew();
        process = Process.Start(start) ?? throw new InvalidOperationException("the Functions host did not start");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var keys = await WaitAsync(() => Task.FromResult(ReadKeys(Path.Combine(secrets, "host.json"))), "the host to write its keys");
        MasterKey = keys.Item1;
        await WaitAsync(async () => (string?)(await GetJsonOrNullAsync("/admin/host/status", MasterKey))?["state"] == "Running" ? "yes" : null, "GET /admin/host/status to say Running");
        await WaitAsync(async () => await AnswersAsync("/api/items") ? "yes" : null, "GET /api/items to answer 200 with the function key");
        StartedIn = started.Elapsed;
        Append($"--- the host answers on its routes after {StartedIn.TotalSeconds:0.0} s ---");
    }

    /// <summary>Throws why the host is not serving (with its log), if it is not.</summary>
    public void EnsureStarted()
    {
        if (startFailure is not null)
            throw new InvalidOperationException($"the Functions host ({Environment}) did not come up: {startFailure.Message}\n{Digest()}", startFailure);
        if (process is null)
            throw new InvalidOperationException("no Functions host was started: " + FunctionsHostLauncher.Missing);
        if (process.HasExited)
            throw new InvalidOperationException($"the Functions host ({Environment}) has stopped (exit code {process.ExitCode})\n{Digest()}");
    }

    /// <summary>Runs a test's body; if it fails, the host's whole log goes to the test's output first.</summary>
    public async Task ExplainAsync(ITestOutputHelper output, Func<Task> test)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(test);
        try
        {
            EnsureStarted();
            await test();
        }
        catch
        {
            output.WriteLine($"=== the Functions host's log ({Environment}) ===");
            output.WriteLine(Log);
            throw;
        }
    }

    /// <summary>
    /// The programme of this host (<c>POST /api/programme/start</c> with the fixture's body), started once by the first
    /// test that asks: a second start would find the first. Its answer holds the programme's clock.
    /// </summary>
    public Task<JsonNode> ProgrammeAsync()
    {
        lock (programmeLock)
            return programme ??= StartProgrammeAsync();
    }

    private async Task<JsonNode> StartProgrammeAsync()
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/programme/start", FunctionKey, JsonContent.Create(programmeStart));
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Accepted)
            throw new InvalidOperationException($"POST /api/programme/start answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? key, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (key is not null)
            request.Headers.Add(KeyHeader, key);
        return await Http.SendAsync(request);
    }

    /// <summary>GET with the function key, expecting 200 with JSON.</summary>
    public async Task<JsonNode> GetJsonAsync(string path)
    {
        using var response = await SendAsync(HttpMethod.Get, path, FunctionKey);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>POST JSON with the function key; the status and the body.</summary>
    public async Task<(HttpStatusCode Status, string Body)> PostJsonAsync(string path, object body)
    {
        using var response = await SendAsync(HttpMethod.Post, path, FunctionKey, JsonContent.Create(body));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Runs a timer function now through the admin API (what the portal's "Test/Run" does).</summary>
    public async Task RunTimerAsync(string function)
    {
        using var response = await SendAsync(HttpMethod.Post, $"/admin/functions/{function}", MasterKey, JsonContent.Create(new { input = string.Empty }));
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"POST /admin/functions/{function}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>A system key the host wrote (e.g. <c>durabletask_extension</c>, the key of the Durable extension's HTTP API).</summary>
    public string SystemKey(string name) =>
        (string?)JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "secrets", "host.json"), Encoding.UTF8))!["systemKeys"]!.AsArray()
            .FirstOrDefault(k => (string?)k!["name"] == name)?["value"]
        ?? throw new InvalidOperationException($"the host wrote no system key {name}");

    /// <summary>The host's log lines that contain <paramref name="text"/>.</summary>
    public IReadOnlyList<string> LogLines(string text) =>
        [.. Log.Split('\n').Where(line => line.Contains(text, StringComparison.Ordinal))];

    /// <summary>Stops Azurite, runs <paramref name="whileDown"/>, starts it again on the same data and ports.</summary>
    public async Task StorageOutageAsync(Func<Task> whileDown)
    {
        if (!storageOnDisk || azurite is null)
            throw new InvalidOperationException("only a host whose Azurite keeps its data in a folder can lose its storage for a while");
        Append("--- the test stops Azurite ---");
        azurite = await azurite.RestartAsync(async () =>
        {
            await whileDown();
            Append("--- the test starts Azurite again ---");
        });
    }

    public Task<T> WaitAsync<T>(Func<Task<T?>> probe, string what, TimeSpan? patience = null)
        where T : class =>
        Waiting.ForAsync(
            async () =>
            {
                if (process is { HasExited: true })
                    throw new InvalidOperationException($"the host stopped (exit code {process.ExitCode}) while waiting for {what}");
                if (Log.Contains("Exceeded language worker restart retry count", StringComparison.Ordinal))
                    throw new InvalidOperationException($"the app's worker failed to start, again and again, while waiting for {what}");
                return await probe();
            },
            what,
            patience ?? StartPatience);

    private async Task<JsonNode?> GetJsonOrNullAsync(string path, string key)
    {
        try
        {
            using var response = await SendAsync(HttpMethod.Get, path, key);
            return response.IsSuccessStatusCode ? JsonNode.Parse(await response.Content.ReadAsStringAsync()) : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private async Task<bool> AnswersAsync(string path)
    {
        try
        {
            using var response = await SendAsync(HttpMethod.Get, path, FunctionKey);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>The master and default function keys, once the host has written them (a UTF-8 file with a byte-order mark).</summary>
    private static Tuple<string, string>? ReadKeys(string path)
    {
        try
        {
            var secrets = JsonNode.Parse(File.ReadAllText(path, Encoding.UTF8))!;
            return (string?)secrets["masterKey"]?["value"] is { Length: > 0 } master && (string?)secrets["functionKeys"]?[0]?["value"] is { Length: > 0 } function
                ? Tuple.Create(master, function)
                : null;
        }
        catch (Exception e) when (e is IOException or System.Text.Json.JsonException)
        {
            return null; // not written yet, or being written
        }
    }

    /// <summary>What a reader needs first: the host's errors (each with its detail lines) and its last lines.</summary>
    private string Digest()
    {
        var lines = Log.Split('\n');
        var errors = new List<string>();
        for (var i = 0; i < lines.Length && errors.Count < 120; i++)
        {
            if (!lines[i].StartsWith("fail:", StringComparison.Ordinal) && !lines[i].StartsWith("crit:", StringComparison.Ordinal))
                continue;
            errors.Add(lines[i]);
            for (var j = i + 1; j < lines.Length && lines[j].StartsWith(' ') && errors.Count < 120; j++)
                errors.Add(lines[j]);
        }

        return $"--- the host's errors ---\n{string.Join('\n', errors)}\n--- the host's last lines ---\n{string.Join('\n', lines.TakeLast(40))}";
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (log)
            log.AppendLine(line);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        if (process is not null)
        {
            if (!process.HasExited)
            {
                await SignalGroupAsync("-TERM");
                using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20));
                try
                {
                    await process.WaitForExitAsync(patience.Token);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync();
                }
            }

            await SignalGroupAsync("-KILL"); // whatever of the group is left (a worker that outlived its host)
            process.Dispose();
        }

        if (azurite is not null)
            await azurite.DisposeAsync();
        Http.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Sends a signal to the host's process group (setsid made the host its leader).</summary>
    private async Task SignalGroupAsync(string signal)
    {
        var kill = new ProcessStartInfo("kill") { UseShellExecute = false, RedirectStandardError = true };
        foreach (var argument in new[] { signal, "--", $"-{process!.Id}" })
            kill.ArgumentList.Add(argument);
        using var sent = Process.Start(kill);
        if (sent is not null)
            await sent.WaitForExitAsync();
    }
}
