namespace ProgrammeWorkflows.Workflows.Tests.Infrastructure;

/// <summary>Programme clock speeds for tests: programme days per wall second, as programme seconds per wall second.</summary>
internal static class Speeds
{
    public static double DaysPerSecond(double days) => days * 86_400;

    /// <summary>Generous for a whole programme on a loaded 2-core machine; no test waits on programme time itself.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
}
