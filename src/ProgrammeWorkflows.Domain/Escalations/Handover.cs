namespace ProgrammeWorkflows.Domain.Escalations;

/// <summary>An escalation passing, at a rotation, from the outgoing Presidency to the incoming one, on the first day of the incoming term.</summary>
public sealed record Handover(string From, string To, DateOnly On);
