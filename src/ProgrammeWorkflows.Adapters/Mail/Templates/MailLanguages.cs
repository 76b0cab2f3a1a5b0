using System.Reflection;
using ProgrammeWorkflows.Domain.Delegates;

namespace ProgrammeWorkflows.Adapters.Mail.Templates;

/// <summary>
/// The catalogue of every language mail is written in: each file of <c>Templates/Languages</c> adds one
/// <see cref="MailLanguage"/> property to this class, and that is all a language takes besides its code in
/// <see cref="Languages.Supported"/> (the list the delegate directory checks; the tests hold the two to be the same).
/// </summary>
public static partial class MailLanguages
{
    private static readonly Lazy<IReadOnlyDictionary<string, MailLanguage>> Catalogue = new(() =>
        typeof(MailLanguages).GetProperties(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(p => p.PropertyType == typeof(MailLanguage))
            .Select(p => (MailLanguage)p.GetValue(null)!)
            .ToDictionary(l => l.Code, StringComparer.Ordinal));

    /// <summary>Every catalogue, by code.</summary>
    public static IReadOnlyDictionary<string, MailLanguage> All => Catalogue.Value;

    /// <summary>The catalogue of a language; a language without one is refused (the directory refuses it at load already).</summary>
    public static MailLanguage Of(string code) =>
        All.TryGetValue(code, out var language)
            ? language
            : throw new ArgumentException($"no mail is written in language \"{code}\"; the languages are {string.Join(", ", Languages.Supported)}", nameof(code));
}
