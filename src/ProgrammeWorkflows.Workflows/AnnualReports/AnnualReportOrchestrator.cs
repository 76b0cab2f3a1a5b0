using Microsoft.DurableTask;
using ProgrammeWorkflows.Workflows.Activities;
using ProgrammeWorkflows.Workflows.Time;

namespace ProgrammeWorkflows.Workflows.AnnualReports;

/// <summary>
/// The annual report of a programme year (instance id csap1997-annual-1998); <c>Production</c> names one request for it;
/// <c>On</c> is the programme day it is as of (by default the day it runs).
/// </summary>
public sealed record AnnualReportRun(string ProgrammeId, int Year, ProgrammeClock Clock, string? Production = null, DateOnly? On = null)
{
    public string InstanceId => $"{ProgrammeId}-annual-{Year}";
}

/// <summary>
/// Gathers the state of every item and cycle and produces the annual report to the Council. Started by the timer
/// trigger in Azure, by <c>report annual --year</c> locally, or by the programme orchestration in a simulation.
/// </summary>
public sealed class AnnualReportOrchestrator : TaskOrchestrator<AnnualReportRun, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, AnnualReportRun input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var at = input.On is { } day ? Domain.ProgrammeDay.Start(day) : input.Clock.ToProgramme(context.CurrentUtcDateTime);
        return context.CallActivityAsync<string>(nameof(AssembleAnnualReport), new AnnualReportRequest(input.ProgrammeId, input.Year, at, input.Production), Items.Retries.Activity);
    }
}
