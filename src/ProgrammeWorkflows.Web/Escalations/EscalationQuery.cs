using System.Globalization;
using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Web.Errors;
using ProgrammeWorkflows.Web.Requests;

namespace ProgrammeWorkflows.Web.Escalations;

/// <summary>The query of <c>GET /api/escalations</c>: filters on state, party, item, presidency and level; a page of a size.</summary>
public sealed record EscalationQuery(string? State, string? Party, int? Item, string? Presidency, int? Level, int Page, int PageSize)
{
    public const int MaxPageSize = 200;

    private static readonly string[] States = [.. Enum.GetValues<EscalationState>().Select(s => s.ToName())];

    /// <summary>Each parameter at most once, each in its range; otherwise 400 naming every parameter that is wrong.</summary>
    public static Checked<EscalationQuery> Read(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? One(string name)
        {
            if (query[name].Count > 1)
                errors[name] = ["give it once"];
            return query[name].Count == 0 ? null : query[name].ToString();
        }

        int? Number(string name, int min, int max)
        {
            var raw = One(name);
            if (raw is null)
                return null;
            if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
                return value;
            errors[name] = [$"a whole number from {min} to {max}"];
            return null;
        }

        var state = One("state");
        if (state is not null && !States.Contains(state))
            errors["state"] = [$"one of {string.Join(", ", States)}"];
        var read = new EscalationQuery(
            state, One("party"), Number("item", 1, 999), One("presidency"), Number("level", 1, 2), Number("page", 1, 100_000) ?? 1, Number("pageSize", 1, MaxPageSize) ?? 50);
        return errors.Count > 0 ? Problems.Invalid("The escalation query is not valid", errors) : read;
    }

    public bool Matches(Escalation escalation)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        return (State is null || escalation.State.ToName() == State)
            && (Party is null || escalation.Party == Party)
            && (Item is null || escalation.Item == Item)
            && (Presidency is null || escalation.RaisedTo == Presidency)
            && (Level is null || escalation.Level == Level);
    }
}
