namespace ProgrammeWorkflows.Domain.Delegates;

/// <summary>
/// The languages a delegate may receive mail in: the eleven official languages of the Union in 1997, by their ISO 639-1
/// codes. The delegate directory takes only these, and the mail templates have a catalogue for each of them, no other.
/// </summary>
public static class Languages
{
    public static IReadOnlyList<string> Supported { get; } = ["da", "de", "el", "en", "es", "fi", "fr", "it", "nl", "pt", "sv"];

    public static bool IsSupported(string code) => Supported.Contains(code, StringComparer.Ordinal);
}
