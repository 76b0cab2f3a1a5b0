using System.CommandLine;
using ProgrammeWorkflows.Local.CommandLine;
using ProgrammeWorkflows.Local.Hosting;
using ProgrammeWorkflows.Local.Web;

namespace ProgrammeWorkflows.Local.Serve;

/// <summary>
/// <c>serve</c>: the system on this machine until Ctrl+C: Azurite (data under <c>.programme-workflows/</c>), the
/// workflows on the persistent engine, the web app on <c>http://127.0.0.1:5080</c>, the mail in a folder.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = $"Where the web app listens. Default {LocalWebHost.DefaultUrls} (Urls)." };
        var data = new Option<string?>("--data") { Description = $"The folder for Azurite's data, the mail and the generated key. Default {LocalDataFolder.DefaultName} (Local:DataFolder)." };
        var engine = EngineOption.Create(EngineKind.AzureStorage);
        var command = new Command("serve", "Run the system here: reply form, Presidency queue, dashboard, reports, JSON API, mail folder. Ctrl+C stops it.") { urls, data, engine };
        command.SetAction(async (result, cancellationToken) =>
        {
            var stdout = result.InvocationConfiguration.Output;
            var configuration = LocalConfiguration.Build(new Dictionary<string, string?>
            {
                ["Urls"] = result.GetValue(urls),
                ["Local:DataFolder"] = result.GetValue(data),
            });
            var folder = LocalDataFolder.Of(configuration);
            var chosen = new Dictionary<string, string?>();
            if (string.IsNullOrEmpty(configuration["Email:Folder:Path"]))
                chosen["Email:Folder:Path"] = folder.Mail;
            if (string.IsNullOrEmpty(configuration["Presidency:Key"]))
            {
                var key = folder.ReadKey() ?? ProgrammeWorkflows.Web.Security.PresidencyKey.Generate();
                folder.WriteKey(key);
                chosen["Presidency:Key"] = key;
            }

            if (string.IsNullOrEmpty(configuration["Links:Keys:0:Secret"]))
            {
                // The reply-link key, generated once: the links mailed before a restart keep working after it.
                var secret = folder.ReadLinkKey() ?? ProgrammeWorkflows.Adapters.Links.LinkKeyRing.Generate().Secret;
                folder.WriteLinkKey(secret);
                (chosen["Links:Keys:0:Id"], chosen["Links:Keys:0:Secret"]) = (ProgrammeWorkflows.Adapters.Links.LinkKeyRing.GeneratedId, secret);
            }

            var settings = LocalConfiguration.With(configuration, chosen);
            using var logging = LocalLogging.Create(settings);
            var kind = result.GetValue(engine);
            await using var system = await LocalSystem.StartAsync(settings, new LocalSystemOptions(kind)
            {
                Urls = settings["Urls"] is { Length: > 0 } configured ? configured : LocalWebHost.DefaultUrls,
                AzuriteFolder = folder.Azurite,
                LoggerFactory = logging,
            }, cancellationToken);

            var address = system.WebAddress!.ToString().TrimEnd('/');
            stdout.WriteLine($"ProgrammeWorkflows is running on {address} ({EngineOption.Name(kind)} engine).");
            stdout.WriteLine(system.StartedAzurite ? $"  Azure Storage: Azurite, data in {folder.Azurite}" : "  Azure Storage: the configured account");
            stdout.WriteLine(LocalSystem.MailFolderOf(settings) is { } mail ? $"  Mail: the folder {mail}, listed on {address}/mail" : $"  Mail: {settings["Email:Transport"]}");
            // The host's own key (generated, kept in the data folder) is printed; a configured one never is: it is a secret
            // someone else holds, and the output of a command ends up in logs.
            if (chosen.ContainsKey("Presidency:Key"))
            {
                stdout.WriteLine($"  Presidency key: {system.PresidencyKey} (kept in {folder.KeyFile})");
                stdout.WriteLine($"  Open {address}/?key={system.PresidencyKey} (dashboard), then {address}/presidency and {address}/mail.");
            }
            else
            {
                stdout.WriteLine("  Presidency key: the configured Presidency:Key (not shown)");
                stdout.WriteLine($"  Open {address}/?key=<the configured key> (dashboard), then {address}/presidency and {address}/mail.");
            }

            stdout.WriteLine("  Start the programme: programme start [--from 1997-07-01 --speed 86400]. Ctrl+C stops the host; its state stays.");
            try
            {
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, system.Stopping);
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
                stdout.WriteLine("Stopping.");
            }

            return 0;
        });
        return command;
    }
}
