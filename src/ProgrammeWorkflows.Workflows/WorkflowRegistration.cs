using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using ProgrammeWorkflows.Workflows.Activities;
using ProgrammeWorkflows.Workflows.AnnualReports;
using ProgrammeWorkflows.Workflows.Items;
using ProgrammeWorkflows.Workflows.Programme;

namespace ProgrammeWorkflows.Workflows;

/// <summary>Registers the orchestrators and activities on a Durable Task worker, and the services the activities use.</summary>
public static class WorkflowRegistration
{
    /// <summary>Every orchestrator, by the name the Functions app gives its wrapper too.</summary>
    public static IReadOnlyList<string> Orchestrators { get; } =
        [nameof(ProgrammeOrchestrator), nameof(ItemFollowUpOrchestrator), nameof(AnnualReportOrchestrator)];

    /// <summary>Every activity, by the name the Functions app gives its wrapper too.</summary>
    public static IReadOnlyList<string> Activities { get; } =
    [
        nameof(PlanProgramme), nameof(OpenItemCycle), nameof(NotifyParty), nameof(ReadPartyState), nameof(RaiseEscalation),
        nameof(ChangeEscalation), nameof(CloseItemCycle), nameof(AssembleConsolidatedReport), nameof(AssembleAnnualReport),
    ];

    public static DurableTaskRegistry AddProgrammeWorkflows(this DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.AddOrchestrator<ProgrammeOrchestrator>();
        registry.AddOrchestrator<ItemFollowUpOrchestrator>();
        registry.AddOrchestrator<AnnualReportOrchestrator>();
        Add<PlanProgramme, ProgrammePlanRequest, ProgrammePlan>(registry);
        Add<OpenItemCycle, CycleOpening, bool>(registry);
        Add<NotifyParty, PartyNotice, int>(registry);
        Add<ReadPartyState, PartyRef, PartyState>(registry);
        Add<RaiseEscalation, EscalationRequest, string>(registry);
        Add<ChangeEscalation, EscalationChange, string>(registry);
        Add<CloseItemCycle, CycleClosing, bool>(registry);
        Add<AssembleConsolidatedReport, ConsolidationRequest, string>(registry);
        Add<AssembleAnnualReport, AnnualReportRequest, string>(registry);
        return registry;
    }

    /// <summary>The activities' logic and the helpers they share; the ports (stores, links, catalog) are the host's to register.</summary>
    public static IServiceCollection AddProgrammeWorkflowServices(this IServiceCollection services)
    {
        services.AddTransient<OutboxWriter>();
        services.AddTransient<CycleReportReader>();
        services.AddTransient<PlanProgramme>();
        services.AddTransient<OpenItemCycle>();
        services.AddTransient<NotifyParty>();
        services.AddTransient<ReadPartyState>();
        services.AddTransient<RaiseEscalation>();
        services.AddTransient<ChangeEscalation>();
        services.AddTransient<CloseItemCycle>();
        services.AddTransient<AssembleConsolidatedReport>();
        services.AddTransient<AssembleAnnualReport>();
        services.AddSingleton<Intake.ItemClocks>();
        services.AddTransient<Intake.SubmissionIntake>();
        services.AddTransient<Intake.EscalationDecisions>();
        services.AddTransient<Programme.ProgrammeStarter>();
        return services;
    }

    private static void Add<TActivity, TInput, TOutput>(DurableTaskRegistry registry)
        where TActivity : IWorkflowActivity<TInput, TOutput> =>
        registry.AddActivity(typeof(TActivity).Name, services => new DurableActivity<TActivity, TInput, TOutput>(services.GetRequiredService<TActivity>()));
}
