using ProgrammeWorkflows.Domain.Delegates;

namespace ProgrammeWorkflows.Local.Tests.CommandLine;

public sealed class DirectoryCommandsTests : IDisposable
{
    private readonly ScratchFolder scratch = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public async Task Validate_accepts_the_sample_directory()
    {
        var path = scratch.Write("delegates.csv", DelegateDirectoryCsv.SampleCsv());

        var run = await CommandRun.RunAsync("directory", "validate", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("delegates.csv: valid: 34 delegates for 17 parties (17 primary, 17 deputies).", run.Output.Trim());
    }

    [Fact]
    public async Task Validate_lists_bad_rows_by_line_and_exits_1()
    {
        var path = scratch.Write("delegates.csv", DelegateDirectoryCsv.SampleCsv() + "XX,Nobody,nobody@xx.example,primary,en\n");

        var run = await CommandRun.RunAsync("directory", "validate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}: line 36: unknown party code \"XX\"", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_refuses_a_directory_that_leaves_a_party_without_delegates()
    {
        var lines = DelegateDirectoryCsv.SampleCsv().Split('\n').Where(l => !l.StartsWith("COM,", StringComparison.Ordinal));
        var path = scratch.Write("delegates.csv", string.Join('\n', lines));

        var run = await CommandRun.RunAsync("directory", "validate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("party COM: European Commission has no delegate", run.Error, StringComparison.Ordinal);
    }
}
