using System.Buffers.Binary;
using System.Diagnostics;
using ProgrammeWorkflows.Adapters.Reports;

namespace ProgrammeWorkflows.Adapters.Tests.Reports;

/// <summary>The annual report as a person sees it: rendered to PNG by headless Chromium.</summary>
public sealed class ReportPictureTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("report-picture-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [ChromiumFact]
    public async Task The_annual_report_renders_to_a_page_image_in_Chromium()
    {
        var html = Path.Combine(folder, "annual-1998.html");
        var png = Path.Combine(folder, "annual-1998.png");
        await File.WriteAllTextAsync(html, await ReportHtml.AnnualAsync(ReportRenderingTests.Year1998()));

        var start = new ProcessStartInfo(ChromiumFactAttribute.Chromium) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={Path.Combine(folder, "profile")}", "--window-size=1000,1400",
            $"--screenshot={png}", new Uri(html).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var chromium = Process.Start(start)!;
        var output = chromium.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await chromium.WaitForExitAsync(timeout.Token);

        Assert.True(File.Exists(png), await output);
        var bytes = await File.ReadAllBytesAsync(png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.Equal((1000, 1400), (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20))));

        // A blank or broken page compresses to a few kilobytes; the report's text, tables and heatmap do not.
        Assert.True(bytes.Length > 40_000, $"the picture is only {bytes.Length} bytes");
    }
}
