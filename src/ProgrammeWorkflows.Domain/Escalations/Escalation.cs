using System.Text.Json.Serialization;
using ProgrammeWorkflows.Domain.Parties;
using ProgrammeWorkflows.Domain.Submissions;

namespace ProgrammeWorkflows.Domain.Escalations;

/// <summary>
/// A missed deadline raised to the Presidency in office: one party, one item cycle, one due date. Every rule about
/// escalations is here: what a decision needs and which decisions it allows now, the transitions (one function,
/// <see cref="Apply"/>, also replayed for the state as of a date), which decisions end or re-arm the party's follow-up,
/// and what "open" means. Its state changes only through its methods, each returning the changed escalation.
/// An extension hands the escalation back to the party: its submission by the new date resolves it; if it misses the
/// new date too, a new escalation (the next round, naming this one in <see cref="Previous"/>) supersedes it. An item
/// cycle that closes with the party missing is recorded on its open escalation, which stays in the queue until the
/// Presidency resolves or waives it.
/// </summary>
public sealed record Escalation
{
    public const int MaxReasonLength = 2_000;

    [JsonConstructor]
    private Escalation(
        string id, string programmeId, int item, string cycle, string party, int round, DateOnly dueDate, DateTimeOffset raisedAt,
        string raisedTo, int level, EscalationState state, IReadOnlyList<EscalationEntry> decisions, DateTimeOffset? resolvedAt,
        string? previous)
    {
        (Id, ProgrammeId, Item, Cycle, Party, Round, DueDate, RaisedAt) = (id, programmeId, item, cycle, party, round, dueDate, raisedAt);
        (RaisedTo, Level, State, Decisions, ResolvedAt, Previous) = (raisedTo, level, state, decisions, resolvedAt, previous);
    }

    public string Id { get; }
    public string ProgrammeId { get; }
    public int Item { get; }
    public string Cycle { get; }
    public string Party { get; }

    /// <summary>1 for the first missed deadline of the party's follow-up, one more for each missed extension.</summary>
    public int Round { get; }

    public DateOnly DueDate { get; }
    public DateTimeOffset RaisedAt { get; }

    /// <summary>
    /// The Presidency in office when it was raised. Who holds it later follows from the rotation: see
    /// <see cref="HoldingAsOf"/>.
    /// </summary>
    public string RaisedTo { get; }

    public int Level { get; private init; }
    public EscalationState State { get; private init; }

    /// <summary>Its history: the Presidency's decisions and the workflow's events, oldest first.</summary>
    public IReadOnlyList<EscalationEntry> Decisions { get; private init; }

    /// <summary>When it stopped waiting for the Presidency (extended, waived, resolved, superseded).</summary>
    public DateTimeOffset? ResolvedAt { get; private init; }

    /// <summary>The escalation of the round before, whose extended date the party missed too.</summary>
    public string? Previous { get; }

    public static string IdOf(string itemInstanceId, string party, int round) => $"{itemInstanceId}-{party}-r{round}";

    /// <param name="previous">The escalation of the round before, whose extended date the party missed too.</param>
    public static Escalation Raise(
        string itemInstanceId, string programmeId, int item, string cycle, string party, int round, DateOnly dueDate, DateTimeOffset raisedAt,
        string presidency, string? previous = null) =>
        new(IdOf(itemInstanceId, party, round), programmeId, item, cycle, party, round, dueDate, raisedAt, presidency, 1, EscalationState.Open, [], null, previous);

    /// <summary>Waiting for the Presidency: open or acknowledged. This is what the queue, the pages and the counts call open.</summary>
    [JsonIgnore]
    public bool AwaitsPresidency => State is EscalationState.Open or EscalationState.Acknowledged;

    /// <summary>No longer waiting for a Presidency decision: extended (back with the party), waived, resolved or superseded.</summary>
    [JsonIgnore]
    public bool IsClosed => !AwaitsPresidency;

    /// <summary>The latest due date the Presidency extended it to, if any.</summary>
    [JsonIgnore]
    public DateOnly? ExtendedTo => Decisions.Where(d => d.Kind == EscalationEntryKind.Extend).Select(d => d.NewDueDate).Max();

    /// <summary>Whether the Presidency may take this decision now: acknowledge only while open; the others while it awaits the Presidency.</summary>
    public bool Allows(PresidencyDecision decision) =>
        decision == PresidencyDecision.Acknowledge ? State == EscalationState.Open : AwaitsPresidency;

    /// <summary>
    /// What a decision needs, whatever the escalation: a reason (except to acknowledge) of at most
    /// <see cref="MaxReasonLength"/> characters, and a new due date to extend (and only to extend). Field, problems.
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> ProblemsOf(PresidencyDecision decision, string? reason, bool hasNewDueDate)
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        reason = reason?.Trim() ?? string.Empty;
        if (reason.Length == 0 && decision != PresidencyDecision.Acknowledge)
            problems["reason"] = ["say why"];
        else if (reason.Length > MaxReasonLength)
            problems["reason"] = [$"at most {MaxReasonLength} characters"];
        if (decision == PresidencyDecision.Extend && !hasNewDueDate)
            problems["newDueDate"] = ["an extension needs a new due date (yyyy-MM-dd)"];
        else if (decision != PresidencyDecision.Extend && hasNewDueDate)
            problems["newDueDate"] = ["only an extension takes a new due date"];
        return problems;
    }

    /// <summary>The party's follow-up starts again towards the new due date after this decision.</summary>
    public static bool Rearms(PresidencyDecision decision) => decision == PresidencyDecision.Extend;

    /// <summary>How the party's follow-up ends after this decision, or null when it goes on.</summary>
    public static PartyStanding? EndsFollowUpAs(PresidencyDecision decision) => decision switch
    {
        PresidencyDecision.Waive => PartyStanding.Waived,
        PresidencyDecision.Resolve => PartyStanding.Resolved,
        _ => null,
    };

    /// <summary>
    /// The Presidency's decision that took the escalation from the queue and that the party's follow-up acts on
    /// (an extension, a waiver or a resolution), or null while it awaits the Presidency or when the workflow closed it.
    /// </summary>
    [JsonIgnore]
    public EscalationEntry? DecisionForFollowUp =>
        IsClosed && Decisions.LastOrDefault(d => d.Decision is { } made && (Rearms(made) || EndsFollowUpAs(made) is not null)) is { } last
            ? last
            : null;

    /// <summary>Takes a Presidency decision: refused with the reason when the decision lacks what it needs or is not allowed now.</summary>
    /// <param name="byId">The stable id of the person deciding (their Entra object id, or the id of their key), beside their name.</param>
    public Escalation Decide(PresidencyDecision decision, DateTimeOffset at, string by, string reason, DateOnly? newDueDate = null, string? byId = null)
    {
        if (ProblemsOf(decision, reason, newDueDate is not null) is { Count: > 0 } problems)
            throw new IllegalTransitionException($"cannot {decision.ToName()} escalation {Id}: {string.Join("; ", problems.Select(p => $"{p.Key}: {string.Join(", ", p.Value)}"))}");
        if (!Allows(decision))
        {
            var why = decision == PresidencyDecision.Acknowledge && State == EscalationState.Acknowledged ? "it is already acknowledged" : $"it is {State.ToName()}";
            throw new IllegalTransitionException($"cannot {decision.ToName()} escalation {Id}: {why}");
        }

        if (newDueDate is { } due)
        {
            if (due <= DueDate)
                throw new IllegalTransitionException($"cannot extend escalation {Id}: the new due date {due:yyyy-MM-dd} is not after the missed one, {DueDate:yyyy-MM-dd}");
            if (due < DateOnly.FromDateTime(at.UtcDateTime))
                throw new IllegalTransitionException($"cannot extend escalation {Id}: the new due date {due:yyyy-MM-dd} is already past on {at:yyyy-MM-dd}");
        }

        return Apply(new EscalationEntry(decision.ToEntryKind(), at, by, reason.Trim(), newDueDate, byId));
    }

    public Escalation Acknowledge(DateTimeOffset at, string by, string reason) => Decide(PresidencyDecision.Acknowledge, at, by, reason);

    public Escalation Extend(DateTimeOffset at, string by, string reason, DateOnly newDueDate) => Decide(PresidencyDecision.Extend, at, by, reason, newDueDate);

    public Escalation Waive(DateTimeOffset at, string by, string reason) => Decide(PresidencyDecision.Waive, at, by, reason);

    public Escalation Resolve(DateTimeOffset at, string by, string reason) => Decide(PresidencyDecision.Resolve, at, by, reason);

    /// <summary>Records an event of the workflow; each is idempotent, and one that does not apply now changes nothing.</summary>
    /// <param name="by">Who caused it: the party for its submission, "policy" otherwise.</param>
    public Escalation Record(WorkflowEvent workflowEvent, DateTimeOffset at, string by) => workflowEvent switch
    {
        WorkflowEvent.Submission => ResolveBySubmission(at, by),
        WorkflowEvent.SecondLevel => RaiseToSecondLevel(at),
        WorkflowEvent.ClosedMissing => RecordClosedMissing(at),
        _ => throw new ArgumentOutOfRangeException(nameof(workflowEvent), workflowEvent, "not an event of the workflow"),
    };

    /// <summary>
    /// The party's submission resolves the escalation, open, acknowledged or extended (a submission by the extended date
    /// ends the extension it was given); on one waived, resolved or superseded it changes nothing.
    /// </summary>
    public Escalation ResolveBySubmission(DateTimeOffset at, string by) =>
        State is EscalationState.Waived or EscalationState.Resolved or EscalationState.Superseded
            ? this
            : Apply(new EscalationEntry(EscalationEntryKind.LateSubmission, at, by, State == EscalationState.Extended ? "submission received by the extended date" : "late submission received", null));

    /// <summary>The party missed the extended date: the next round's escalation replaces this one. Once; only an extended one.</summary>
    public Escalation SupersedeBy(string next, DateTimeOffset at) =>
        State != EscalationState.Extended
            ? this
            : Apply(new EscalationEntry(EscalationEntryKind.Superseded, at, "policy", $"the extended date was missed too; escalation {next} replaces it", null));

    /// <summary>The item cycle closed with the party missing: recorded once on an escalation still waiting for the Presidency, which keeps it.</summary>
    public Escalation RecordClosedMissing(DateTimeOffset at) =>
        !AwaitsPresidency || Decisions.Any(d => d.Kind == EscalationEntryKind.ClosedMissing)
            ? this
            : Apply(new EscalationEntry(EscalationEntryKind.ClosedMissing, at, "policy", "the item cycle closed without an answer from the party", null));

    /// <summary>The second level, once: a closed escalation or one already at level 2 stays as it is.</summary>
    public Escalation RaiseToSecondLevel(DateTimeOffset at) =>
        IsClosed || Level >= 2 ? this : Apply(new EscalationEntry(EscalationEntryKind.SecondLevel, at, "policy", "still missing 30 days after the deadline", null));

    /// <summary>
    /// The escalation as it stood at the end of a programme day: null if it was raised later; otherwise its entries of
    /// that day or before, replayed through <see cref="Apply"/> (state, level, when it closed). A report as of a day is built from these.
    /// </summary>
    public Escalation? AsOf(DateOnly day)
    {
        var end = ProgrammeDay.End(day);
        if (RaisedAt >= end)
            return null;
        var replayed = this with { State = EscalationState.Open, Level = 1, Decisions = [], ResolvedAt = null };
        foreach (var entry in Decisions.Where(d => d.At < end))
            replayed = replayed.Apply(entry);
        return replayed;
    }

    /// <summary>
    /// Who holds the escalation on a programme day, and the handovers that brought it there: at each rotation after the
    /// day it was raised, up to that day, while it still awaited the Presidency at the end of the last day of the
    /// outgoing term (its history replayed to then, <see cref="AsOf"/>), it passed from the outgoing Presidency to the
    /// incoming one. Derived from the history and the rotation alone, so it is the same whenever it is asked and however
    /// late the workflow stored an entry.
    /// </summary>
    public Holding HoldingAsOf(PresidencyRotation rotation, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(rotation);
        var raisedOn = DateOnly.FromDateTime(RaisedAt.UtcDateTime);
        var handovers = new List<Handover>();
        var holder = RaisedTo;
        foreach (var term in rotation.Terms.Where(t => t.From > raisedOn && t.From <= day))
        {
            if (AsOf(term.From.AddDays(-1)) is not { AwaitsPresidency: true })
                break;
            if (term.Party == holder)
                continue;
            handovers.Add(new Handover(holder, term.Party, term.From));
            holder = term.Party;
        }

        return new Holding(holder, handovers);
    }

    /// <summary>Equal when every field and the whole history are equal.</summary>
    public bool Equals(Escalation? other) =>
        other is not null
        && (Id, ProgrammeId, Item, Cycle, Party, Round, DueDate, RaisedAt, RaisedTo, Level, State, ResolvedAt, Previous)
            == (other.Id, other.ProgrammeId, other.Item, other.Cycle, other.Party, other.Round, other.DueDate, other.RaisedAt, other.RaisedTo, other.Level, other.State, other.ResolvedAt, other.Previous)
        && Decisions.SequenceEqual(other.Decisions);

    public override int GetHashCode() => HashCode.Combine(Id, State, Level, Decisions.Count);

    /// <summary>The one transition function: what an entry does to the escalation. Whether it may happen is decided before.</summary>
    private Escalation Apply(EscalationEntry entry)
    {
        var changed = this with { Decisions = [.. Decisions, entry] };
        return entry.Kind switch
        {
            EscalationEntryKind.Acknowledge => changed with { State = EscalationState.Acknowledged },
            EscalationEntryKind.Extend => changed with { State = EscalationState.Extended, ResolvedAt = entry.At },
            EscalationEntryKind.Waive => changed with { State = EscalationState.Waived, ResolvedAt = entry.At },
            EscalationEntryKind.Resolve or EscalationEntryKind.LateSubmission => changed with { State = EscalationState.Resolved, ResolvedAt = entry.At },
            EscalationEntryKind.Superseded => changed with { State = EscalationState.Superseded, ResolvedAt = entry.At },
            EscalationEntryKind.SecondLevel => changed with { Level = 2 },
            _ => changed,
        };
    }
}
