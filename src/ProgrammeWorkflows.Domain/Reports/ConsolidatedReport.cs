using ProgrammeWorkflows.Domain.Delegates;
using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Domain.Programme;
using ProgrammeWorkflows.Domain.Submissions;

namespace ProgrammeWorkflows.Domain.Reports;

public sealed record ItemSummary(int Number, string Section, string Text, string DeadlinePhrase, DateOnly? DeadlineDate, string Rule, string Deliverable)
{
    public static ItemSummary Of(TimetableItem item) =>
        new(item.Number, item.Section, item.Text, item.Deadline.Text, item.Deadline.Date, Deadlines.DeadlineRuleNames.ToName(item.Deadline.Rule), item.Deliverable);
}

public sealed record SubmissionSummary(int Version, string Status, string Text, IReadOnlyList<AttachmentRef> Attachments, DateTimeOffset SubmittedAt, string DelegateId, string DelegateName);

public sealed record PartySection(string Code, string Name, string Standing, DateOnly Due, SubmissionSummary? Latest, DateTimeOffset? FirstSubmittedAt, int Amendments);

public sealed record EscalationSummary(string Id, int Item, string Cycle, string Party, int Round, int Level, string RaisedTo, DateOnly DueDate, DateTimeOffset RaisedAt, string State, IReadOnlyList<EscalationEntry> Decisions, DateTimeOffset? ResolvedAt);

public sealed record StandingCounts(int Owed, int OnTime, int Late, int Missing, int Waived, int Resolved, int Waiting);

/// <summary>
/// The consolidated report of one item cycle: the item, a summary, one section per owing party in protocol order
/// with its latest submission, the missing parties named, and the escalations with the Presidency's decisions.
/// It is as of a programme day: what was submitted, raised or decided after that day is left out, so the report of a
/// day reads the same whenever it is built (a compressed clock's workflows may store the day's facts late).
/// </summary>
public sealed record ConsolidatedReport(
    string ProgrammeId,
    string ProgrammeTitle,
    ItemSummary Item,
    string Cycle,
    string Kind,
    DateOnly Opens,
    DateOnly Due,
    DateOnly AsOf,
    bool Closed,
    StandingCounts Counts,
    IReadOnlyList<PartySection> Parties,
    IReadOnlyList<string> MissingParties,
    IReadOnlyList<EscalationSummary> Escalations)
{
    public static ConsolidatedReport Build(
        ProgrammeDefinition programme,
        ItemCycle cycle,
        IReadOnlyList<Submission> submissions,
        IReadOnlyList<Escalation> escalations,
        DelegateDirectory directory,
        DateOnly asOf,
        bool closed,
        bool followedUp = true)
    {
        var end = ProgrammeDay.End(asOf);
        submissions = [.. submissions.Where(s => s.SubmittedAt < end)];
        escalations = [.. escalations.Select(e => e.AsOf(asOf)).OfType<Escalation>()];
        var sections = new List<PartySection>();
        foreach (var code in cycle.Owners.OrderBy(programme.Parties.ProtocolOrder))
        {
            var mine = submissions.Where(s => s.Party == code).OrderBy(s => s.Version).ToList();
            var theirEscalations = escalations.Where(e => e.Party == code).ToList();
            var standing = followedUp ? StandingRules.Derive(cycle, mine, theirEscalations, asOf, closed) : PartyStanding.NotFollowedUp;
            var latest = mine.LastOrDefault();
            sections.Add(new PartySection(
                code,
                programme.Parties[code].Name,
                standing.ToName(),
                StandingRules.EffectiveDue(cycle, theirEscalations),
                latest is null ? null : new SubmissionSummary(latest.Version, latest.Status.ToName(), latest.Text, latest.Attachments, latest.SubmittedAt, latest.DelegateId, directory.Find(latest.DelegateId)?.Name ?? latest.DelegateId),
                mine.Count == 0 ? null : mine[0].SubmittedAt,
                Math.Max(0, mine.Count - 1)));
        }

        int Count(PartyStanding s) => sections.Count(p => p.Standing == s.ToName());
        var counts = new StandingCounts(
            sections.Count,
            Count(PartyStanding.OnTime),
            Count(PartyStanding.Late),
            Count(PartyStanding.Missing) + Count(PartyStanding.Overdue),
            Count(PartyStanding.Waived),
            Count(PartyStanding.Resolved),
            Count(PartyStanding.Waiting) + Count(PartyStanding.NotYetOpen));
        var missing = sections.Where(p => p.Standing == PartyStanding.Missing.ToName() || p.Standing == PartyStanding.Overdue.ToName()).Select(p => p.Code).ToList();

        return new ConsolidatedReport(
            programme.Id,
            programme.Title,
            ItemSummary.Of(programme.Item(cycle.Item)),
            cycle.Cycle,
            cycle.Kind == CycleKind.StatusRequest ? "status-request" : "deadline",
            cycle.Opens,
            cycle.Due,
            asOf,
            closed,
            counts,
            sections,
            missing,
            [.. escalations.OrderBy(e => e.RaisedAt).ThenBy(e => programme.Parties.ProtocolOrder(e.Party)).Select(EscalationSummaryOf)]);
    }

    public static EscalationSummary EscalationSummaryOf(Escalation e) =>
        new(e.Id, e.Item, e.Cycle, e.Party, e.Round, e.Level, e.RaisedTo, e.DueDate, e.RaisedAt, e.State.ToName(), e.Decisions, e.ResolvedAt);
}
