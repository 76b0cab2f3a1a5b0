using Microsoft.Extensions.Configuration;
using ProgrammeWorkflows.Domain;
using ProgrammeWorkflows.Domain.Delegates;
using ProgrammeWorkflows.Domain.Parties;
using ProgrammeWorkflows.Workflows.Programme;

namespace ProgrammeWorkflows.Adapters;

/// <summary>
/// Who the system writes to, read the same way by every host: the delegate directory at <c>Delegates:Path</c>
/// (environment <c>Delegates__Path</c>), a CSV file, or without it the sample directory of the programme's parties;
/// and the Presidency contacts at <c>Presidency:Contacts</c> (<c>a@example.org;b@example.org</c>).
/// </summary>
public static class DelegateDirectorySetting
{
    public const string PathKey = "Delegates:Path";
    public const string ContactsKey = "Presidency:Contacts";

    /// <summary>The directory and contacts the configuration names, or every problem of them (a file's line by line).</summary>
    public static Validated<FixedDelegateDirectory> Read(IConfiguration configuration, PartyRegister parties)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var directory = configuration[PathKey] is { Length: > 0 } path
            ? Prefixed($"{PathKey} {path}", DelegateDirectoryCsv.ReadFile(path, parties))
            : Validated.Valid(DelegateDirectoryCsv.Sample(parties));
        var contacts = PresidencyContacts.Parse(configuration[ContactsKey]);
        return directory.IsValid && contacts.IsValid
            ? Validated.Valid(new FixedDelegateDirectory(directory.Value!, contacts.Value))
            : Validated.Invalid<FixedDelegateDirectory>([.. directory.Problems, .. contacts.Problems]);
    }

    private static Validated<T> Prefixed<T>(string where, Validated<T> read)
        where T : class =>
        read.IsValid ? read : Validated.Invalid<T>([.. read.Problems.Select(p => p with { Where = $"{where}, {p.Where}" })]);
}
