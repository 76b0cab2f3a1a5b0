using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ProgrammeWorkflows.Adapters.Storage;

/// <summary>
/// Azurite, the Azure Storage emulator, run from the project's node tools (<c>node_modules/.bin/azurite</c>) on
/// 127.0.0.1 with ports the system chooses; stopped when disposed. In memory, or with its data in a folder.
/// </summary>
public sealed partial class AzuriteProcess : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process process;

    private AzuriteProcess(Process process, string? dataFolder, int blobPort, int queuePort, int tablePort)
    {
        this.process = process;
        DataFolder = dataFolder;
        Ports = (blobPort, queuePort, tablePort);
        ConnectionString =
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;" +
            $"QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;" +
            $"TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";
    }

    public string ConnectionString { get; }

    /// <summary>Where it keeps its data; null when in memory.</summary>
    public string? DataFolder { get; }

    /// <summary>The ports it listens on (blob, queue, table).</summary>
    public (int Blob, int Queue, int Table) Ports { get; }

    /// <summary>Starts Azurite; <paramref name="dataFolder"/> null keeps everything in memory.</summary>
    public static Task<AzuriteProcess> StartAsync(string? dataFolder = null, CancellationToken cancellationToken = default) =>
        StartAsync(dataFolder, (0, 0, 0), cancellationToken);

    /// <summary>
    /// Stops this Azurite and starts another on the same data folder and ports, so the clients of the old one find the
    /// new one at the same address (a storage outage, then recovery); <paramref name="whileStopped"/> runs in between.
    /// </summary>
    public async Task<AzuriteProcess> RestartAsync(Func<Task>? whileStopped = null, CancellationToken cancellationToken = default)
    {
        await DisposeAsync();
        if (whileStopped is not null)
            await whileStopped();
        return await StartAsync(DataFolder, Ports, cancellationToken);
    }

    private static async Task<AzuriteProcess> StartAsync(string? dataFolder, (int Blob, int Queue, int Table) ports, CancellationToken cancellationToken)
    {
        var executable = FindExecutable()
            ?? throw new FileNotFoundException("Azurite is not installed: run `npm ci` at the repository root (node_modules/.bin/azurite).");
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string Port(int port) => port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var argument in new[] { "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1", "--blobPort", Port(ports.Blob), "--queuePort", Port(ports.Queue), "--tablePort", Port(ports.Table), "--skipApiVersionCheck", "--disableTelemetry" })
            start.ArgumentList.Add(argument);
        if (dataFolder is null)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            Directory.CreateDirectory(dataFolder);
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(dataFolder);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start");
        var listening = new Dictionary<string, int>(StringComparer.Ordinal);
        var output = new List<string>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            while (listening.Count < 3)
            {
                var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                    ?? throw new InvalidOperationException($"Azurite stopped before listening: {string.Join(" | ", output)} {await process.StandardError.ReadToEndAsync(timeout.Token)}");
                output.Add(line);
                if (Listening().Match(line) is { Success: true } m)
                    listening[m.Groups["service"].Value] = int.Parse(m.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }

        // Keep reading so the pipes never fill and block Azurite.
        _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        _ = process.StandardError.ReadToEndAsync(CancellationToken.None);
        return new AzuriteProcess(process, dataFolder, listening["Blob"], listening["Queue"], listening["Table"]);
    }

    /// <summary>node_modules/.bin/azurite in this folder or the nearest folder above the program or the working directory.</summary>
    public static string? FindExecutable()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "node_modules", ".bin", "azurite");
                if (File.Exists(candidate))
                    return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// Stops Azurite as Ctrl+C would (SIGINT), so it writes its data folder out before it exits; killed only if it has
    /// not stopped within 15 s. (Killed outright, Azurite loses its last seconds of writes: queued timer messages with them.)
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            if (!OperatingSystem.IsWindows() && await InterruptAsync(process.Id))
            {
                using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                try
                {
                    await process.WaitForExitAsync(patience.Token);
                }
                catch (OperationCanceledException)
                {
                    // Did not stop: killed below.
                }
            }

            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }

        process.Dispose();
    }

    /// <summary>SIGINT through the system's <c>kill</c> (.NET's own Kill is SIGKILL).</summary>
    private static async Task<bool> InterruptAsync(int pid)
    {
        var start = new ProcessStartInfo("kill") { UseShellExecute = false, RedirectStandardError = true };
        start.ArgumentList.Add("-INT");
        start.ArgumentList.Add(pid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var kill = Process.Start(start);
        if (kill is null)
            return false;
        await kill.WaitForExitAsync();
        return kill.ExitCode == 0;
    }

    [GeneratedRegex(@"Azurite (?<service>Blob|Queue|Table) service is successfully listening at http://127\.0\.0\.1:(?<port>\d+)")]
    private static partial Regex Listening();
}
