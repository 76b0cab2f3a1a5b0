using System.CommandLine;
using ProgrammeWorkflows.Domain.Programme;

namespace ProgrammeWorkflows.Local.CommandLine;

/// <summary><c>programme export</c> and <c>programme validate PATH</c>.</summary>
internal static class ProgrammeCommands
{
    public static Command Create()
    {
        var export = new Command("export", "Print the normalized programme as a JSON array on stdout, one object per timetable item.");
        var exportPath = new Option<FileInfo?>("--file") { Description = "A programme file to export instead of the built-in 1997 customs programme." };
        export.Options.Add(exportPath);
        export.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var file = result.GetValue(exportPath);
            var loaded = file is null
                ? Domain.Validated.Valid(BuiltInProgrammes.CustomsActionProgramme)
                : ProgrammeLoader.LoadFile(file.FullName);
            if (!loaded.IsValid)
                return ProblemReport.Write(result.InvocationConfiguration.Error, file?.FullName ?? "programme", loaded.Problems);
            output.WriteLine(ProgrammeExport.ToJson(loaded.Value!));
            return 0;
        });

        var validate = new Command("validate", "Check a programme file; exit 0 with a one-line summary, or 1 with every problem listed.");
        var path = new Argument<FileInfo>("path") { Description = "The programme file (JSON, see programme.schema.json)." };
        validate.Arguments.Add(path);
        validate.SetAction(result =>
        {
            var file = result.GetValue(path)!;
            var loaded = ProgrammeLoader.LoadFile(file.FullName);
            if (!loaded.IsValid)
                return ProblemReport.Write(result.InvocationConfiguration.Error, file.FullName, loaded.Problems);
            var programme = loaded.Value!;
            var dated = programme.Items.Count(i => !i.Deadline.IsStanding);
            var annual = programme.Items.Count(i => i.Recurrence == Recurrence.Annual);
            result.InvocationConfiguration.Output.WriteLine(
                $"{file.Name}: valid: programme {programme.Id}, {programme.Items.Count} timetable items ({dated} with a deadline, {programme.Items.Count - dated} without, {annual} annual), {programme.Parties.Parties.Count} parties, {programme.Presidencies.Terms.Count} Presidency terms.");
            return 0;
        });

        return new Command("programme", "The programme: export its definition, validate a file, start it in a running serve.") { export, validate, ProgrammeStartCommand.Create() };
    }
}
