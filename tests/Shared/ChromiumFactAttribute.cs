namespace ProgrammeWorkflows.Tests;

/// <summary>A test that drives Debian's chromium; skipped, saying why, only where it is not installed (CI installs it).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Chromium))
            Skip = $"{Chromium} is absent (apt-get install chromium; .ci/run installs it)";
    }
}
