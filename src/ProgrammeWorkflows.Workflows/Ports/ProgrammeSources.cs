using ProgrammeWorkflows.Domain.Delegates;
using ProgrammeWorkflows.Domain.Programme;

namespace ProgrammeWorkflows.Workflows.Ports;

/// <summary>The programme definitions the system follows up, by id.</summary>
public interface IProgrammeCatalog
{
    ProgrammeDefinition Load(string programmeId);
}

/// <summary>The delegate directory in force.</summary>
public interface IDelegateDirectorySource
{
    DelegateDirectory Current { get; }
}
