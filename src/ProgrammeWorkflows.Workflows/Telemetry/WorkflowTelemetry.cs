using System.Diagnostics;
using ProgrammeWorkflows.Workflows.Activities;
using ProgrammeWorkflows.Workflows.Mail;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Workflows.Telemetry;

/// <summary>
/// The workflows' own spans, from one <see cref="ActivitySource"/>: a submission's intake, a Presidency decision, each
/// activity run and each mail send, tagged with what they follow up. Never used in orchestrator code (it must replay
/// deterministically): only in activities, intake and adapters. Without a listener (no telemetry configured) every
/// <c>Start…</c> returns null and costs nothing.
/// </summary>
public static class WorkflowTelemetry
{
    public const string SourceName = "ProgrammeWorkflows";

    /// <summary>The AppContext switch that makes the Azure SDK (Azure.Core) emit its spans through ActivitySources <c>Azure.*</c>.</summary>
    public const string AzureSdkActivitySourceSwitch = "Azure.Experimental.EnableActivitySource";

    public const string ProgrammeId = "programme.id";
    public const string Item = "programme.item";
    public const string Cycle = "programme.cycle";
    public const string Party = "programme.party";
    public const string EscalationId = "escalation.id";
    public const string OutboxId = "outbox.id";

    private static readonly ActivitySource Source = new(SourceName, typeof(WorkflowTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>A delegate's answer taken: stored, raised, acknowledged by a receipt.</summary>
    public static Activity? StartIntake(LinkScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return Source.StartActivity("submission intake")?.Tagged(scope.ProgrammeId, scope.Item, scope.Cycle, scope.Party);
    }

    /// <summary>A Presidency decision on an escalation: stored, then raised.</summary>
    public static Activity? StartDecision(string programmeId, string escalationId, string kind) =>
        Source.StartActivity("presidency decision")
            ?.SetTag(ProgrammeId, programmeId)
            .SetTag(EscalationId, escalationId)
            .SetTag("decision.kind", kind);

    /// <summary>An event raised to an item orchestration (a submission or a decision).</summary>
    public static Activity? StartRaiseEvent(string instanceId, string eventName) =>
        Source.StartActivity("raise event", ActivityKind.Producer)
            ?.SetTag("durabletask.instance.id", instanceId)
            .SetTag("durabletask.event.name", eventName);

    /// <summary>The receipt of a submission: recorded in the outbox and handed to its delivery.</summary>
    public static Activity? StartReceipt() => Source.StartActivity("submission receipt");

    /// <summary>One outbox record sent through the mail transport.</summary>
    public static Activity? StartMailSend(OutboxMessage message, string transport)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Source.StartActivity("mail send", ActivityKind.Client)
            ?.Tagged(message.ProgrammeId, message.Item, message.Cycle, message.Party)
            .SetTag(OutboxId, message.Id)
            .SetTag("mail.kind", message.Kind)
            .SetTag("mail.transport", transport);
    }

    /// <summary>
    /// Runs an activity's logic in a span named after it, tagged from its input: the one way every host runs an activity
    /// (the Durable Task engines through <see cref="DurableActivity{TActivity,TInput,TOutput}"/>, the Functions app from its
    /// <c>[ActivityTrigger]</c> wrappers).
    /// </summary>
    public static async Task<TOutput> RunTracedAsync<TInput, TOutput>(this IWorkflowActivity<TInput, TOutput> activity, TInput input)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using var span = Source.StartActivity("activity " + activity.GetType().Name);
        if (span is not null)
        {
            span.SetTag("durabletask.activity.name", activity.GetType().Name);
            TagInput(span, input);
        }

        try
        {
            return await activity.RunAsync(input);
        }
        catch (Exception e)
        {
            RecordFailure(span, e);
            throw;
        }
    }

    /// <summary>Marks a span failed with the exception.</summary>
    public static void RecordFailure(Activity? span, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        span?.SetStatus(ActivityStatusCode.Error, exception.Message).AddException(exception);
    }

    /// <summary>The programme, item, cycle and party (where there is one) of an activity's input.</summary>
    private static void TagInput(Activity span, object? input)
    {
        switch (input)
        {
            case PartyNotice n:
                span.Tagged(n.Cycle).SetTag(Party, n.Party);
                break;
            case PartyRef p:
                span.Tagged(p.Cycle).SetTag(Party, p.Party).SetTag(EscalationId, p.OpenEscalationId);
                break;
            case EscalationRequest r:
                span.Tagged(r.Cycle).SetTag(Party, r.Party);
                break;
            case EscalationChange c:
                span.Tagged(c.Cycle).SetTag(EscalationId, c.EscalationId);
                break;
            case CycleOpening o:
                span.Tagged(o.Cycle.ProgrammeId, o.Cycle.Item, o.Cycle.Cycle, party: null);
                break;
            case CycleClosing c:
                span.Tagged(c.Cycle);
                break;
            case ConsolidationRequest c:
                span.Tagged(c.Cycle);
                break;
            case AnnualReportRequest a:
                span.SetTag(ProgrammeId, a.ProgrammeId).SetTag("programme.year", a.Year);
                break;
            case ProgrammePlanRequest p:
                span.SetTag(ProgrammeId, p.ProgrammeId);
                break;
            case MailToSend m:
                span.SetTag(ProgrammeId, m.ProgrammeId).SetTag(OutboxId, m.OutboxId);
                break;
        }
    }

    private static Activity Tagged(this Activity span, ItemCycleRef cycle) => span.Tagged(cycle.ProgrammeId, cycle.Item, cycle.Cycle, party: null);

    private static Activity Tagged(this Activity span, string programmeId, int item, string cycle, string? party) =>
        span.SetTag(ProgrammeId, programmeId).SetTag(Item, item).SetTag(Cycle, cycle).SetTag(Party, party);

    /// <summary>Adds the item, cycle and party an escalation belongs to, once it is read.</summary>
    public static void TagFollowUp(Activity? span, string programmeId, int item, string cycle, string party) => span?.Tagged(programmeId, item, cycle, party);
}
