using Microsoft.Extensions.Configuration;

namespace ProgrammeWorkflows.Local.Hosting;

/// <summary>
/// Where <c>serve</c> keeps what must outlive it: <c>Local:DataFolder</c> (default <c>.programme-workflows</c> in the
/// working directory) holds Azurite's data, the mail folder, the generated Presidency key and the generated reply-link
/// key, so a restarted host finds its workflows, its mail, its key and its delegates' links again; <c>programme start</c> and <c>report annual</c> read the key there.
/// </summary>
public sealed class LocalDataFolder(string path)
{
    public const string DefaultName = ".programme-workflows";

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string Azurite => System.IO.Path.Combine(Path, "azurite");

    public string Mail => System.IO.Path.Combine(Path, "mail");

    public string KeyFile => System.IO.Path.Combine(Path, "presidency-key");

    /// <summary>The key reply links are derived with (base64), generated at the first <c>serve</c>: every link mailed since stays valid across restarts.</summary>
    public string LinkKeyFile => System.IO.Path.Combine(Path, "link-key");

    public static LocalDataFolder Of(IConfiguration configuration) =>
        new(configuration["Local:DataFolder"] is { Length: > 0 } path ? path : DefaultName);

    /// <summary>The key the last <c>serve</c> generated here, if any.</summary>
    public string? ReadKey() => Read(KeyFile);

    /// <summary>Keeps a generated key for the next start and for the commands; readable by its owner only.</summary>
    public void WriteKey(string key) => Write(KeyFile, key);

    /// <summary>The reply-link key the first <c>serve</c> generated here, if any.</summary>
    public string? ReadLinkKey() => Read(LinkKeyFile);

    public void WriteLinkKey(string secret) => Write(LinkKeyFile, secret);

    private static string? Read(string file) => File.Exists(file) ? File.ReadAllText(file).Trim() : null;

    private void Write(string file, string secret)
    {
        Directory.CreateDirectory(Path);
        File.WriteAllText(file, secret);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
