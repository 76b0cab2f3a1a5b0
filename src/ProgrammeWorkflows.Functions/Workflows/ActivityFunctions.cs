using Microsoft.Azure.Functions.Worker;
using ProgrammeWorkflows.Workflows.Activities;
using ProgrammeWorkflows.Workflows.Items;
using ProgrammeWorkflows.Workflows.Mail;
using ProgrammeWorkflows.Workflows.Telemetry;

namespace ProgrammeWorkflows.Functions.Workflows;

/// <summary>The activities as Functions: each a thin wrapper handing over to the shared activity logic, in its span (<see cref="WorkflowTelemetry.RunTracedAsync{TInput, TOutput}"/>).</summary>
public sealed class ActivityFunctions(
    PlanProgramme planProgramme,
    OpenItemCycle openItemCycle,
    NotifyParty notifyParty,
    ReadPartyState readPartyState,
    RaiseEscalation raiseEscalation,
    ChangeEscalation changeEscalation,
    CloseItemCycle closeItemCycle,
    AssembleConsolidatedReport assembleConsolidatedReport,
    AssembleAnnualReport assembleAnnualReport,
    SendMail sendMail)
{
    [Function(nameof(PlanProgramme))]
    public Task<ProgrammePlan> PlanProgrammeAsync([ActivityTrigger] ProgrammePlanRequest input) => planProgramme.RunTracedAsync(input);

    [Function(nameof(OpenItemCycle))]
    public Task<bool> OpenItemCycleAsync([ActivityTrigger] CycleOpening input) => openItemCycle.RunTracedAsync(input);

    [Function(nameof(NotifyParty))]
    public Task<int> NotifyPartyAsync([ActivityTrigger] PartyNotice input) => notifyParty.RunTracedAsync(input);

    [Function(nameof(ReadPartyState))]
    public Task<PartyState> ReadPartyStateAsync([ActivityTrigger] PartyRef input) => readPartyState.RunTracedAsync(input);

    [Function(nameof(RaiseEscalation))]
    public Task<string> RaiseEscalationAsync([ActivityTrigger] EscalationRequest input) => raiseEscalation.RunTracedAsync(input);

    [Function(nameof(ChangeEscalation))]
    public Task<string> ChangeEscalationAsync([ActivityTrigger] EscalationChange input) => changeEscalation.RunTracedAsync(input);

    [Function(nameof(CloseItemCycle))]
    public Task<bool> CloseItemCycleAsync([ActivityTrigger] CycleClosing input) => closeItemCycle.RunTracedAsync(input);

    [Function(nameof(AssembleConsolidatedReport))]
    public Task<string> AssembleConsolidatedReportAsync([ActivityTrigger] ConsolidationRequest input) => assembleConsolidatedReport.RunTracedAsync(input);

    [Function(nameof(AssembleAnnualReport))]
    public Task<string> AssembleAnnualReportAsync([ActivityTrigger] AnnualReportRequest input) => assembleAnnualReport.RunTracedAsync(input);

    [Function(nameof(SendMail))]
    public Task<bool> SendMailAsync([ActivityTrigger] MailToSend input) => sendMail.RunTracedAsync(input);
}
