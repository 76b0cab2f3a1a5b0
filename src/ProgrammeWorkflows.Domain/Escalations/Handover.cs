namespace ProgrammeWorkflows.Domain.Escalations;

/// <summary>An escalation passing, at a rotation, from the outgoing Presidency to the incoming one, on the first day of the incoming term.</summary>
public sealed record Handover(string From, string To, DateOnly On);

/// <summary>Who holds an escalation on a day (<paramref name="HeldBy"/>), and the handovers, oldest first, that brought it there.</summary>
public sealed record Holding(string HeldBy, IReadOnlyList<Handover> Handovers);
