using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Domain.Parties;

namespace ProgrammeWorkflows.Domain.Tests.Escalations;

/// <summary>
/// An escalation still awaiting the Presidency at a rotation passes to the incoming Presidency; one decided before it
/// stays with the Presidency that decided. Derived from the history and the rotation, as of a day.
/// </summary>
public sealed class HandoverTests
{
    private static readonly PresidencyRotation Rotation = new(
    [
        new PresidencyTerm("1998-1", new DateOnly(1998, 1, 1), new DateOnly(1998, 6, 30), "UK"),
        new PresidencyTerm("1998-2", new DateOnly(1998, 7, 1), new DateOnly(1998, 12, 31), "AT"),
        new PresidencyTerm("1999-1", new DateOnly(1999, 1, 1), new DateOnly(1999, 6, 30), "DE"),
    ]);

    private static readonly DateTimeOffset Raised = new(1998, 4, 1, 9, 0, 0, TimeSpan.Zero);

    private static Escalation Open() =>
        Escalation.Raise("csap1997-item06-1998", "csap1997", 6, "1998", "EL", 1, new DateOnly(1998, 3, 31), Raised, "UK");

    private static DateTimeOffset On(int year, int month, int day) => new(year, month, day, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_escalation_open_at_each_rotation_passes_to_each_incoming_Presidency()
    {
        var open = Open().Acknowledge(On(1998, 5, 2), "Robin Cook", "seen");

        Assert.Equal(
            [new Handover("UK", "AT", new DateOnly(1998, 7, 1)), new Handover("AT", "DE", new DateOnly(1999, 1, 1))],
            open.HoldingAsOf(Rotation, new DateOnly(1999, 3, 1)).Handovers);
        Assert.Equal("DE", open.HoldingAsOf(Rotation, new DateOnly(1999, 3, 1)).HeldBy);
        Assert.Equal("UK", open.RaisedTo);
    }

    [Fact]
    public void Before_the_rotation_it_is_held_by_the_Presidency_it_was_raised_to()
    {
        Assert.Empty(Open().HoldingAsOf(Rotation, new DateOnly(1998, 6, 30)).Handovers);
        Assert.Equal("UK", Open().HoldingAsOf(Rotation, new DateOnly(1998, 6, 30)).HeldBy);
        Assert.Equal("AT", Open().HoldingAsOf(Rotation, new DateOnly(1998, 7, 1)).HeldBy);
    }

    [Fact]
    public void One_decided_before_the_rotation_stays_with_the_Presidency_that_decided()
    {
        var waived = Open().Waive(On(1998, 6, 30), "Robin Cook", "answered by phone");

        Assert.Empty(waived.HoldingAsOf(Rotation, new DateOnly(1999, 3, 1)).Handovers);
        Assert.Equal("UK", waived.HoldingAsOf(Rotation, new DateOnly(1999, 3, 1)).HeldBy);
    }

    [Fact]
    public void One_decided_by_the_incoming_Presidency_was_handed_over_once_and_goes_no_further()
    {
        var resolved = Open().Resolve(On(1998, 9, 15), "Wolfgang Schüssel", "the report arrived through the Permanent Representation");

        Assert.Equal([new Handover("UK", "AT", new DateOnly(1998, 7, 1))], resolved.HoldingAsOf(Rotation, new DateOnly(1999, 3, 1)).Handovers);
        Assert.Equal("AT", resolved.HoldingAsOf(Rotation, new DateOnly(1999, 3, 1)).HeldBy);
    }

    [Fact]
    public void An_extended_escalation_is_back_with_the_party_and_is_not_handed_over()
    {
        var extended = Open().Extend(On(1998, 5, 2), "Robin Cook", "new government", new DateOnly(1998, 9, 30));

        Assert.Empty(extended.HoldingAsOf(Rotation, new DateOnly(1999, 3, 1)).Handovers);
    }

    [Fact]
    public void A_decision_stored_late_counts_as_of_its_own_programme_time()
    {
        // The decision of 30 June stored after the handover was first asked for: the derivation follows its time, not the order of storage.
        var before = Open();
        Assert.Equal("AT", before.HoldingAsOf(Rotation, new DateOnly(1998, 8, 1)).HeldBy);
        var decided = before.Waive(On(1998, 6, 30), "Robin Cook", "waived on the last day of the term");
        Assert.Equal("UK", decided.HoldingAsOf(Rotation, new DateOnly(1998, 8, 1)).HeldBy);
    }
}
