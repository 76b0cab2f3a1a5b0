using ProgrammeWorkflows.Domain.Parties;
using ProgrammeWorkflows.Domain.Programme;

namespace ProgrammeWorkflows.Domain.Tests.Parties;

public class PresidencyRotationTests
{
    private static readonly PresidencyRotation Rotation = BuiltInProgrammes.CustomsActionProgramme.Presidencies;

    [Theory]
    [InlineData("1997-06-30", "NL")]
    [InlineData("1997-07-01", "LU")]
    [InlineData("1997-12-31", "LU")]
    [InlineData("1998-01-01", "UK")]
    [InlineData("1998-03-31", "UK")]
    [InlineData("1998-07-01", "AT")]
    [InlineData("1999-01-01", "DE")]
    [InlineData("1999-12-31", "FI")]
    public void The_Presidency_in_office_on_a_date(string date, string party)
    {
        Assert.Equal(party, Rotation.InOfficeOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).Party);
    }

    [Fact]
    public void A_date_outside_the_rotation_is_refused()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Rotation.InOfficeOn(new DateOnly(2000, 1, 1)));
        Assert.Contains("2000-01-01", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gaps_and_overlaps_are_found()
    {
        PresidencyTerm[] terms =
        [
            new("1997-H1", new(1997, 1, 1), new(1997, 6, 30), "NL"),
            new("1997-H2", new(1997, 7, 2), new(1997, 12, 31), "LU"),
            new("1998-H1", new(1997, 12, 31), new(1998, 6, 30), "UK"),
        ];

        Assert.Equal(
            ["a gap between terms 1997-H1 and 1997-H2", "terms 1997-H2 and 1998-H1 overlap"],
            PresidencyRotation.FindGapsAndOverlaps(terms));
    }
}
