using ProgrammeWorkflows.Domain.Delegates;
using ProgrammeWorkflows.Domain.Programme;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Workflows.Programme;

/// <summary>The programmes the system knows, by id: the built-in one, and any the host adds.</summary>
public sealed class ProgrammeCatalog : IProgrammeCatalog
{
    private readonly Dictionary<string, ProgrammeDefinition> programmes = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public ProgrammeCatalog(IEnumerable<ProgrammeDefinition> programmes)
    {
        foreach (var programme in programmes)
            Add(programme);
    }

    public static ProgrammeCatalog BuiltIn() => new([BuiltInProgrammes.CustomsActionProgramme]);

    public void Add(ProgrammeDefinition programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        lock (gate)
        {
            if (!programmes.TryAdd(programme.Id, programme) && !ReferenceEquals(programmes[programme.Id], programme))
                throw new InvalidOperationException($"programme {programme.Id} is already in the catalog");
        }
    }

    public ProgrammeDefinition Load(string programmeId)
    {
        lock (gate)
            return programmes.TryGetValue(programmeId, out var programme) ? programme : throw new KeyNotFoundException($"no programme \"{programmeId}\"");
    }

    public bool Contains(string programmeId)
    {
        lock (gate)
            return programmes.ContainsKey(programmeId);
    }
}

/// <summary>A delegate directory loaded once (the sample, or a CSV file given in configuration), and the Presidency contacts.</summary>
public sealed class FixedDelegateDirectory(DelegateDirectory directory, IReadOnlyList<PartyDelegate>? presidencyContacts = null) : IDelegateDirectorySource
{
    public DelegateDirectory Current { get; } = directory;

    public IReadOnlyList<PartyDelegate> PresidencyContacts { get; } = presidencyContacts ?? [];
}
