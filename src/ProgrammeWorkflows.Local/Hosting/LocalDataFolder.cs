using Microsoft.Extensions.Configuration;

namespace ProgrammeWorkflows.Local.Hosting;

/// <summary>
/// Where <c>serve</c> keeps what must outlive it: <c>Local:DataFolder</c> (default <c>.programme-workflows</c> in the
/// working directory) holds Azurite's data, the mail folder and the generated Presidency key, so a restarted host
/// finds its workflows, its mail and its key again; <c>programme start</c> and <c>report annual</c> read the key there.
/// </summary>
public sealed class LocalDataFolder(string path)
{
    public const string DefaultName = ".programme-workflows";

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string Azurite => System.IO.Path.Combine(Path, "azurite");

    public string Mail => System.IO.Path.Combine(Path, "mail");

    public string KeyFile => System.IO.Path.Combine(Path, "presidency-key");

    public static LocalDataFolder Of(IConfiguration configuration) =>
        new(configuration["Local:DataFolder"] is { Length: > 0 } path ? path : DefaultName);

    /// <summary>The key the last <c>serve</c> generated here, if any.</summary>
    public string? ReadKey() => File.Exists(KeyFile) ? File.ReadAllText(KeyFile).Trim() : null;

    /// <summary>Keeps a generated key for the next start and for the commands; readable by its owner only.</summary>
    public void WriteKey(string key)
    {
        Directory.CreateDirectory(Path);
        File.WriteAllText(KeyFile, key);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(KeyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
