namespace ProgrammeWorkflows.Domain.Submissions;

/// <summary>Where a party stands on one item cycle: what the follow-up shows and the reports count.</summary>
public enum PartyStanding
{
    /// <summary>Not yet invited.</summary>
    NotYetOpen,

    /// <summary>Invited, nothing submitted, deadline ahead.</summary>
    Waiting,

    /// <summary>Submitted on or before its (possibly extended) due date.</summary>
    OnTime,

    /// <summary>Submitted after its due date.</summary>
    Late,

    /// <summary>Past its due date with nothing submitted; escalated to the Presidency.</summary>
    Overdue,

    /// <summary>The Presidency waived the obligation.</summary>
    Waived,

    /// <summary>The Presidency resolved the escalation without a submission.</summary>
    Resolved,

    /// <summary>The item closed with nothing submitted.</summary>
    Missing,

    /// <summary>The cycle was never followed up (the programme was started for other items only): nothing was asked.</summary>
    NotFollowedUp,
}

public static class PartyStandingNames
{
    public static string ToName(this PartyStanding standing) => standing switch
    {
        PartyStanding.NotYetOpen => "not-yet-open",
        PartyStanding.Waiting => "waiting",
        PartyStanding.OnTime => "on-time",
        PartyStanding.Late => "late",
        PartyStanding.Overdue => "overdue",
        PartyStanding.Waived => "waived",
        PartyStanding.Resolved => "resolved",
        PartyStanding.Missing => "missing",
        PartyStanding.NotFollowedUp => "not-followed-up",
        _ => throw new ArgumentOutOfRangeException(nameof(standing), standing, null),
    };

    /// <summary>On time when submitted on or before the due date (programme time, the whole due day counts).</summary>
    public static PartyStanding OfSubmission(DateTimeOffset submittedAt, DateOnly due) =>
        DateOnly.FromDateTime(submittedAt.UtcDateTime) <= due ? PartyStanding.OnTime : PartyStanding.Late;
}
