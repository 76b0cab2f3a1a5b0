using System.Globalization;
using ProgrammeWorkflows.Evidence;
using ProgrammeWorkflows.Local.Hosting;

// The measurements of docs/evidence.md: `load`, `bench` (and `bench-run`, one run of it in a process of its own).
const string Usage = """
    usage: load [--clients 64] [--requests 2560]
           bench [--engines inprocess,azurestorage] [--scales 1,10] [--days-per-second 40] [--limit-minutes 30]
           bench-render [--scales 1,10]
    """;

try
{
    var command = args.FirstOrDefault();
    var options = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 1; i < args.Length; i += 2)
    {
        if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            throw new FormatException($"\"{args[i]}\" is not an option with a value");
        options[args[i][2..]] = args[i + 1];
    }

    int Int(string name, int fallback, int min, int max) =>
        !options.TryGetValue(name, out var text) ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value
        : throw new FormatException($"--{name}: \"{text}\" is not a whole number from {min} to {max}");
    double Speed() =>
        !options.TryGetValue("days-per-second", out var text) ? 40
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= 1000 ? value
        : throw new FormatException($"--days-per-second: \"{text}\" is not a number above 0 and at most 1000");
    List<int> Scales() =>
        [.. (options.GetValueOrDefault("scales") ?? "1,10").Split(',').Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 20 ? n : throw new FormatException($"--scales: \"{s}\" is not a whole number from 1 to 20"))];
    static EngineKind Engine(string text) => text switch
    {
        "inprocess" => EngineKind.InProcess,
        "azurestorage" => EngineKind.AzureStorage,
        _ => throw new FormatException($"\"{text}\" is not an engine: inprocess or azurestorage"),
    };

    return command switch
    {
        "load" => await LoadTest.RunAsync(Int("clients", 64, 1, 1024), Int("requests", 2560, 1, 1_000_000)),
        "bench" => await Bench.RunAsync(
            [.. (options.GetValueOrDefault("engines") ?? "inprocess,azurestorage").Split(',').Select(Engine)],
            Scales(),
            Speed(),
            TimeSpan.FromMinutes(Int("limit-minutes", 30, 1, 600))),
        "bench-render" => await RenderAsync(Scales()),
        "bench-run" when options.ContainsKey("with-parent") => await BenchRun.WithParentAsync(() => BenchRun.RunAsync(Engine(options.GetValueOrDefault("engine") ?? "inprocess"), Int("scale", 1, 1, 20), Speed())),
        "bench-run" => await BenchRun.RunAsync(Engine(options.GetValueOrDefault("engine") ?? "inprocess"), Int("scale", 1, 1, 20), Speed()),
        _ => throw new FormatException(command is null ? "no command" : $"\"{command}\" is not a command"),
    };
}
catch (FormatException e)
{
    Console.Error.WriteLine($"evidence: {e.Message}");
    Console.Error.WriteLine(Usage);
    return 1;
}

static async Task<int> RenderAsync(IReadOnlyList<int> scales)
{
    await ReportRenderBench.RunAsync(scales);
    return 0;
}
