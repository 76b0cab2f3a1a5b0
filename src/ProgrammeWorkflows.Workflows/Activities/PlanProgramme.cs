using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Domain.Programme;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Workflows.Activities;

public sealed record ProgrammePlanRequest(string ProgrammeId, IReadOnlyList<int>? Items);

/// <summary>Every cycle to follow up, the policy, and the years that get an annual report (and when).</summary>
public sealed record ProgrammePlan(IReadOnlyList<ItemCycle> Cycles, FollowUpPolicy Policy, IReadOnlyList<AnnualReportDue> AnnualReports);

/// <summary>Reads the programme definition (I/O, so an activity, not the orchestrator) and plans its cycles.</summary>
public sealed class PlanProgramme(IProgrammeCatalog catalog) : IWorkflowActivity<ProgrammePlanRequest, ProgrammePlan>
{
    public Task<ProgrammePlan> RunAsync(ProgrammePlanRequest input)
    {
        var programme = catalog.Load(input.ProgrammeId);
        var cycles = ProgrammeSchedule.Cycles(programme)
            .Where(c => input.Items is null || input.Items.Contains(c.Item))
            .ToList();
        return Task.FromResult(new ProgrammePlan(cycles, programme.FollowUp, ProgrammeSchedule.AnnualReports(programme)));
    }
}
