using System.Reflection;

namespace ProgrammeWorkflows.Domain.Programme;

/// <summary>The programme files that ship with the system, read from the domain assembly.</summary>
public static class BuiltInProgrammes
{
    public const string CustomsActionProgramme1997 = "csap1997";

    private static readonly Lazy<ProgrammeDefinition> Csap1997 =
        new(() => ProgrammeLoader.Load(ReadResource("csap1997.programme.json")).GetValueOrThrow());

    /// <summary>The strategic action programme for customs of 1997, its annex timetable of 43 items.</summary>
    public static ProgrammeDefinition CustomsActionProgramme => Csap1997.Value;

    public static string CustomsActionProgrammeJson => ReadResource("csap1997.programme.json");

    public static string Schema => ReadResource("programme.schema.json");

    internal static string ReadResource(string name)
    {
        using var stream = typeof(BuiltInProgrammes).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"resource {name} is not in {typeof(BuiltInProgrammes).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
