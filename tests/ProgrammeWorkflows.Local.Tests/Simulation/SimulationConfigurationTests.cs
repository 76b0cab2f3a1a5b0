using System.Diagnostics;
using System.Text.Json;
using ProgrammeWorkflows.Local.Tests.CommandLine;

namespace ProgrammeWorkflows.Local.Tests.Simulation;

/// <summary>
/// Configuration as a person sets it, on the real program in its own process: appsettings.json in the working directory,
/// then environment variables, then the command's options. <c>Email__Transport=Acs</c> makes <c>simulate</c> send every
/// mail through ACS (a loopback of its REST contract) instead of writing the folder.
/// </summary>
[Collection(OneSimulatedProgramme.Name)]
public sealed class SimulationConfigurationTests
{
    private const string Key = "bG9vcGJhY2sta2V5LWZvci10aGUtc2ltdWxhdGlvbi10ZXN0";

    [Fact]
    public async Task The_file_then_the_environment_then_the_options_and_Acs_carries_every_mail()
    {
        await using var acs = new AcsLoopback(Convert.FromBase64String(Key)).AsService(_ => AcsFault.None);
        using var scratch = new ScratchFolder();
        scratch.Write("appsettings.json", """{ "Simulation": { "Seed": 7, "DaysPerSecond": 1 }, "Email": { "Transport": "Folder" } }""");

        var start = LocalProgram.StartInfo(scratch.Path, "simulate", "--out", "out", "--days-per-second", "100");
        start.Environment["Email__Transport"] = "Acs";
        start.Environment["Email__Acs__ConnectionString"] = $"endpoint={acs.Endpoint};accesskey={Key}";
        start.Environment["Email__Acs__SenderAddress"] = "DoNotReply@programme-workflows.example";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using (var patience = new CancellationTokenSource(TimeSpan.FromMinutes(5)))
            await process.WaitForExitAsync(patience.Token);
        Assert.True(process.ExitCode == 0, $"simulate exited {process.ExitCode}: {await error}\n{await output}");

        // The environment beat the file on the transport; the option beat it on the speed; the file's seed stands.
        Assert.Contains("Mail: Acs", await output, StringComparison.Ordinal);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(scratch.Path, "out", "summary.json")));
        Assert.Equal((7, 100.0), (summary.RootElement.GetProperty("seed").GetInt32(), summary.RootElement.GetProperty("daysPerSecond").GetDouble()));

        // Every mail went through ACS, signed, once per outbox record; none was written to the folder.
        var mails = summary.RootElement.GetProperty("mails").EnumerateObject().Sum(kind => kind.Value.GetInt32());
        Assert.True(mails > 1000, $"only {mails} mails");
        Assert.Equal(mails, acs.Delivered.Count);
        Assert.Equal(0, acs.Resent);
        Assert.All(acs.Seen, r => Assert.True(r.SignatureValid, $"{r.Method} {r.PathAndQuery} is not signed right"));
        Assert.Contains("\"senderAddress\":\"DoNotReply@programme-workflows.example\"", acs.Delivered.Values.First(), StringComparison.Ordinal);
        var folder = Path.Combine(scratch.Path, "out", "outbox");
        Assert.Empty(Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : []);
    }
}
