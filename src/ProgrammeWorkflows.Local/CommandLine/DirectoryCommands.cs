using System.CommandLine;
using ProgrammeWorkflows.Domain;
using ProgrammeWorkflows.Domain.Delegates;
using ProgrammeWorkflows.Domain.Programme;

namespace ProgrammeWorkflows.Local.CommandLine;

/// <summary><c>directory validate PATH</c>: the delegate directory (CSV) against the parties of a programme.</summary>
internal static class DirectoryCommands
{
    public static Command Create()
    {
        var validate = new Command("validate", "Check a delegate directory (CSV); exit 0 with a one-line summary, or 1 with every problem listed by line.");
        var path = new Argument<FileInfo>("path") { Description = "The directory: CSV with the columns " + string.Join(",", DelegateDirectoryCsv.Columns) + "." };
        var programmeFile = new Option<FileInfo?>("--programme") { Description = "The programme whose parties the directory must cover (default: the built-in 1997 customs programme)." };
        validate.Arguments.Add(path);
        validate.Options.Add(programmeFile);
        validate.SetAction(result =>
        {
            var error = result.InvocationConfiguration.Error;
            var file = result.GetValue(path)!;
            var programmePath = result.GetValue(programmeFile);
            var programme = programmePath is null
                ? Validated.Valid(BuiltInProgrammes.CustomsActionProgramme)
                : ProgrammeLoader.LoadFile(programmePath.FullName);
            if (!programme.IsValid)
                return ProblemReport.Write(error, programmePath!.FullName, programme.Problems);

            var parties = programme.Value!.Parties;
            var directory = DelegateDirectoryCsv.ReadFile(file.FullName, parties);
            if (!directory.IsValid)
                return ProblemReport.Write(error, file.FullName, directory.Problems);

            var uncovered = directory.Value!.PartiesWithoutDelegates(parties)
                .Select(p => new Problem($"party {p.Code}", $"{p.Name} has no delegate, so it could not be told what it owes"))
                .ToList();
            if (uncovered.Count > 0)
                return ProblemReport.Write(error, file.FullName, uncovered);

            var delegates = directory.Value.Delegates;
            result.InvocationConfiguration.Output.WriteLine(
                $"{file.Name}: valid: {delegates.Count} delegates for {delegates.Select(d => d.Party).Distinct().Count()} parties ({delegates.Count(d => d.Role == DelegateRole.Primary)} primary, {delegates.Count(d => d.Role == DelegateRole.Deputy)} deputies).");
            return 0;
        });

        return new Command("directory", "The delegate directory: validate a CSV file.") { validate };
    }
}
