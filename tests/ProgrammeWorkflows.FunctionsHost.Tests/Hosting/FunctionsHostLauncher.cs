using Microsoft.Extensions.Configuration;

namespace ProgrammeWorkflows.FunctionsHost.Tests.Hosting;

/// <summary>
/// How this machine runs the real Azure Functions host: the script in the setting <c>FunctionsHost:StartScript</c>
/// (environment <c>FunctionsHost__StartScript</c>; a relative path is taken from the repository root), run as
/// <c>start-host APP_DIR PORT</c>; else Core Tools' <c>func</c> on the PATH, run as <c>func start --port PORT</c> in the
/// app folder. <see cref="Current"/> is null where neither is there, and <see cref="Missing"/> says why.
/// </summary>
internal sealed record FunctionsHostLauncher(string FileName, bool IsCoreTools)
{
    public const string Setting = "FunctionsHost:StartScript";

    private static readonly Lazy<(FunctionsHostLauncher? Launcher, string? Missing)> Found = new(Find);

    public static FunctionsHostLauncher? Current => Found.Value.Launcher;

    public static string? Missing => Found.Value.Missing;

    /// <summary>The command line that starts the host for the app in <paramref name="app"/> on 127.0.0.1:<paramref name="port"/>.</summary>
    public IReadOnlyList<string> Arguments(string app, int port) =>
        IsCoreTools ? ["start", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)] : [app, port.ToString(System.Globalization.CultureInfo.InvariantCulture)];

    private static (FunctionsHostLauncher?, string?) Find()
    {
        var configured = new ConfigurationBuilder().AddEnvironmentVariables().Build()[Setting];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var script = Path.GetFullPath(configured, Repository.Root);
            return File.Exists(script)
                ? (new FunctionsHostLauncher(script, IsCoreTools: false), null)
                : (null, $"{Setting} is \"{configured}\", and {script} does not exist");
        }

        var func = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "func"))
            .FirstOrDefault(File.Exists);
        return func is not null
            ? (new FunctionsHostLauncher(func, IsCoreTools: true), null)
            : (null, $"no Azure Functions host: set {Setting} (environment FunctionsHost__StartScript, e.g. ../shared/functions-host/start-host; .ci/run sets it) or put Core Tools' func on the PATH");
    }
}
