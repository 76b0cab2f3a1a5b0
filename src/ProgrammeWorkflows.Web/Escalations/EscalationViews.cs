using ProgrammeWorkflows.Domain.Escalations;

namespace ProgrammeWorkflows.Web.Escalations;

public sealed record DecisionView(string Kind, DateTimeOffset At, string By, string Reason, DateOnly? NewDueDate, string? ById);

/// <summary>An escalation as the API shows it.</summary>
public sealed record EscalationView(
    string Id, int Item, string Cycle, string Party, int Round, DateOnly DueDate, DateTimeOffset RaisedAt, int Level,
    string RaisedTo, string State, IReadOnlyList<DecisionView> Decisions, DateTimeOffset? ResolvedAt, string? Previous)
{
    public static EscalationView Of(Escalation e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.Id, e.Item, e.Cycle, e.Party, e.Round, e.DueDate, e.RaisedAt, e.Level, e.RaisedTo, e.State.ToName(),
            [.. e.Decisions.Select(d => new DecisionView(d.Kind.ToName(), d.At, d.By, d.Reason, d.NewDueDate, d.ById))], e.ResolvedAt, e.Previous);
    }
}

public sealed record EscalationPage(IReadOnlyList<EscalationView> Items, int Page, int PageSize, int Total);

/// <summary>The body of a decision: why, and the new due date of an extension.</summary>
public sealed record DecisionBody(string? Reason, string? NewDueDate);
