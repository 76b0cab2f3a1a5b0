namespace ProgrammeWorkflows.Adapters.Tests.Reports;

/// <summary>A fact that needs Debian's Chromium; skipped, saying why, only where it is absent (CI installs it).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Chromium))
            Skip = $"{Chromium} is absent (apt-get install chromium; .ci/run installs it)";
    }
}
