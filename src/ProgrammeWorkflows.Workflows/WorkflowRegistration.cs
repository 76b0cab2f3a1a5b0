using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using ProgrammeWorkflows.Workflows.Activities;
using ProgrammeWorkflows.Workflows.AnnualReports;
using ProgrammeWorkflows.Workflows.Items;
using ProgrammeWorkflows.Workflows.Mail;
using ProgrammeWorkflows.Workflows.Programme;

namespace ProgrammeWorkflows.Workflows;

/// <summary>An orchestrator by name, and how to make one (a fresh instance per execution).</summary>
public sealed record OrchestratorTask(string Name, Func<ITaskOrchestrator> Create);

/// <summary>An activity by name, and how to make one with the host's services.</summary>
public sealed record ActivityTask(string Name, Func<IServiceProvider, ITaskActivity> Create);

/// <summary>
/// The workflows' orchestrators and activities, listed once: the gRPC worker registers them through
/// <see cref="AddProgrammeWorkflows"/>, the DurableTask.Core engine through its shims, the Functions app by the same names.
/// </summary>
public static class WorkflowRegistration
{
    public static IReadOnlyList<OrchestratorTask> OrchestratorTasks { get; } =
    [
        new(nameof(ProgrammeOrchestrator), () => new ProgrammeOrchestrator()),
        new(nameof(ItemFollowUpOrchestrator), () => new ItemFollowUpOrchestrator()),
        new(nameof(AnnualReportOrchestrator), () => new AnnualReportOrchestrator()),
        new(nameof(MailDeliveryOrchestrator), () => new MailDeliveryOrchestrator()),
    ];

    public static IReadOnlyList<ActivityTask> ActivityTasks { get; } =
    [
        Activity<PlanProgramme, ProgrammePlanRequest, ProgrammePlan>(),
        Activity<OpenItemCycle, CycleOpening, bool>(),
        Activity<NotifyParty, PartyNotice, int>(),
        Activity<ReadPartyState, PartyRef, PartyState>(),
        Activity<RaiseEscalation, EscalationRequest, string>(),
        Activity<ChangeEscalation, EscalationChange, string>(),
        Activity<CloseItemCycle, CycleClosing, bool>(),
        Activity<AssembleConsolidatedReport, ConsolidationRequest, string>(),
        Activity<AssembleAnnualReport, AnnualReportRequest, string>(),
        Activity<SendMail, MailToSend, bool>(),
    ];

    /// <summary>Every orchestrator, by the name the Functions app gives its wrapper too.</summary>
    public static IReadOnlyList<string> Orchestrators { get; } = [.. OrchestratorTasks.Select(t => t.Name)];

    /// <summary>Every activity, by the name the Functions app gives its wrapper too.</summary>
    public static IReadOnlyList<string> Activities { get; } = [.. ActivityTasks.Select(t => t.Name)];

    public static DurableTaskRegistry AddProgrammeWorkflows(this DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        foreach (var orchestrator in OrchestratorTasks)
            registry.AddOrchestrator(orchestrator.Name, orchestrator.Create);
        foreach (var activity in ActivityTasks)
            registry.AddActivity(activity.Name, activity.Create);
        return registry;
    }

    /// <summary>
    /// The worker side: the activities' logic and the helpers they share. Nothing here takes a durable client: a host's
    /// worker runs activities whether or not it has one (the Functions worker has none in its services).
    /// The ports (stores, links, catalog) are the host's to register.
    /// </summary>
    public static IServiceCollection AddProgrammeActivities(this IServiceCollection services)
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
        services.AddTransient<SendMail>();
        return services;
    }

    /// <summary>
    /// The client side: what the endpoints do to the orchestrations (take an answer, a decision, a programme start).
    /// Each takes the durable client as a call argument, the one the host hands over (the Functions app's binding, the
    /// local engine's client), so no registration here depends on a client being among the services.
    /// </summary>
    public static IServiceCollection AddProgrammeIntake(this IServiceCollection services)
    {
        services.AddSingleton<Intake.ItemClocks>();
        services.AddTransient<Intake.MailDelivery>();
        services.AddTransient<Intake.SubmissionIntake>();
        services.AddTransient<Intake.LinkRevocations>();
        services.AddTransient<Intake.EscalationDecisions>();
        services.AddTransient<Programme.ProgrammeStarter>();
        services.AddTransient<AnnualReportSchedule>();
        return services;
    }

    private static ActivityTask Activity<TActivity, TInput, TOutput>()
        where TActivity : IWorkflowActivity<TInput, TOutput> =>
        new(typeof(TActivity).Name, services => new DurableActivity<TActivity, TInput, TOutput>(services.GetRequiredService<TActivity>()));
}
