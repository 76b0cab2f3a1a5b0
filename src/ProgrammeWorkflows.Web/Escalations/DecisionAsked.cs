using System.Globalization;
using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Web.Errors;
using ProgrammeWorkflows.Web.Requests;

namespace ProgrammeWorkflows.Web.Escalations;

/// <summary>
/// A Presidency decision as asked over HTTP, by the API (JSON) or the Presidency page (a form): the decision named in
/// the route, a reason, and a new due date (yyyy-MM-dd) to extend. What a decision needs is the escalation's rule
/// (<see cref="Escalation.ProblemsOf"/>); this type adds only what HTTP brings: an unknown decision, a date that is not one.
/// </summary>
public sealed record DecisionAsked(PresidencyDecision Decision, string Reason, DateOnly? NewDueDate)
{
    public static Checked<DecisionAsked> Read(string action, string? reason, string? newDueDate)
    {
        if (!PresidencyDecisions.TryParse(action, out var decision))
            return Problems.NotFound("No such decision", "The decisions are acknowledge, extend, waive and resolve.");

        var errors = new Dictionary<string, string[]>(Escalation.ProblemsOf(decision, reason, newDueDate is not null), StringComparer.Ordinal);
        DateOnly? due = null;
        if (newDueDate is not null && decision == PresidencyDecision.Extend)
        {
            if (DateOnly.TryParseExact(newDueDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                due = parsed;
            else
                errors["newDueDate"] = [$"\"{newDueDate}\" is not a date (yyyy-MM-dd)"];
        }

        return errors.Count > 0
            ? Problems.Invalid("The decision is not valid", errors)
            : new DecisionAsked(decision, reason?.Trim() ?? string.Empty, due);
    }
}
