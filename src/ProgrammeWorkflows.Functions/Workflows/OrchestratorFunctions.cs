using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using ProgrammeWorkflows.Workflows.AnnualReports;
using ProgrammeWorkflows.Workflows.Items;
using ProgrammeWorkflows.Workflows.Mail;
using ProgrammeWorkflows.Workflows.Programme;

namespace ProgrammeWorkflows.Functions.Workflows;

/// <summary>The orchestrators as Functions: each a thin wrapper handing over to the shared orchestrator class.</summary>
public static class OrchestratorFunctions
{
    [Function(nameof(ProgrammeOrchestrator))]
    public static Task<ProgrammeOutcome> Programme([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new ProgrammeOrchestrator().RunAsync(context, Input<ProgrammeRun>(context));

    [Function(nameof(ItemFollowUpOrchestrator))]
    public static Task<ItemOutcome> ItemFollowUp([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new ItemFollowUpOrchestrator().RunAsync(context, Input<ItemFollowUpInput>(context));

    [Function(nameof(AnnualReportOrchestrator))]
    public static Task<string> AnnualReport([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new AnnualReportOrchestrator().RunAsync(context, Input<AnnualReportRun>(context));

    [Function(nameof(MailDeliveryOrchestrator))]
    public static Task<bool> MailDelivery([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new MailDeliveryOrchestrator().RunAsync(context, Input<MailToSend>(context));

    private static T Input<T>(TaskOrchestrationContext context) =>
        context.GetInput<T>() ?? throw new InvalidOperationException($"orchestration {context.InstanceId} has no {typeof(T).Name} input");
}
