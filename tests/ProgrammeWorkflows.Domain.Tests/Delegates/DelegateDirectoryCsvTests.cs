using ProgrammeWorkflows.Domain.Delegates;
using ProgrammeWorkflows.Domain.Programme;

namespace ProgrammeWorkflows.Domain.Tests.Delegates;

public class DelegateDirectoryCsvTests
{
    private static readonly Domain.Parties.PartyRegister Parties = BuiltInProgrammes.CustomsActionProgramme.Parties;

    private static Validated<DelegateDirectory> Read(string csv) => DelegateDirectoryCsv.Read(new StringReader(csv), Parties);

    private static IReadOnlyList<string> Problems(string csv)
    {
        var result = Read(csv);
        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        return [.. result.Problems.Select(p => p.ToString())];
    }

    [Fact]
    public void The_sample_directory_covers_all_17_parties_at_reserved_example_domains()
    {
        var directory = DelegateDirectoryCsv.Sample(Parties);

        Assert.Empty(directory.PartiesWithoutDelegates(Parties));
        Assert.Equal(17, directory.Delegates.Count(d => d.Role == DelegateRole.Primary));
        Assert.All(directory.Delegates, d => Assert.Matches(@"@[a-z.]+\.example$", d.Email));
        Assert.Equal(DelegateRole.Primary, directory.Of("FR")[0].Role);
        Assert.Equal("fr", directory.Of("FR")[0].Language);
    }

    [Fact]
    public void The_sample_directory_writes_to_each_state_in_its_own_language_and_uses_only_supported_ones()
    {
        var directory = DelegateDirectoryCsv.Sample(Parties);

        Assert.All(directory.Delegates, d => Assert.Contains(d.Language, Languages.Supported));
        var primaries = directory.Delegates.Where(d => d.Role == DelegateRole.Primary).ToDictionary(d => d.Party, d => d.Language, StringComparer.Ordinal);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["BE"] = "fr", ["DK"] = "da", ["DE"] = "de", ["EL"] = "el", ["ES"] = "es", ["FR"] = "fr", ["IE"] = "en", ["IT"] = "it", ["LU"] = "fr",
                ["NL"] = "nl", ["AT"] = "de", ["PT"] = "pt", ["FI"] = "fi", ["SE"] = "sv", ["UK"] = "en", ["WP"] = "en", ["COM"] = "fr",
            },
            primaries);
        Assert.Contains(directory.Of("BE"), d => d is { Role: DelegateRole.Deputy, Language: "nl" });
        Assert.Contains(directory.Of("FI"), d => d is { Role: DelegateRole.Deputy, Language: "sv" });
        Assert.Equal(Languages.Supported.Order(StringComparer.Ordinal), directory.Delegates.Select(d => d.Language).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("ga")]
    [InlineData("xx")]
    [InlineData("EN-GB")]
    public void A_language_the_mails_are_not_written_in_is_refused_with_its_line_and_the_languages_taken(string language)
    {
        var csv = $"party,name,email,role,language\nBE,Anne,anne@be.customs.example,primary,fr\nIE,Grainne,grainne@ie.customs.example,primary,{language}\n";

        Assert.Equal([$"line 3: language \"{language}\" is not one the mails are written in; the languages are {string.Join(", ", Languages.Supported)} (ISO 639-1)"], Problems(csv));
    }

    [Fact]
    public void The_eleven_official_languages_of_1997_are_taken_in_any_case()
    {
        Assert.Equal(["da", "de", "el", "en", "es", "fi", "fr", "it", "nl", "pt", "sv"], Languages.Supported);
        var csv = "party,name,email,role,language\n" + string.Concat(Languages.Supported.Select((l, i) => $"BE,Delegate {i},d{i}@be.customs.example,{(i == 0 ? "primary" : "deputy")},{l.ToUpperInvariant()}\n"));

        Assert.Equal(Languages.Supported, Read(csv).GetValueOrThrow().Of("BE").Select(d => d.Language));
    }

    [Fact]
    public void Reads_quoted_fields_with_commas_quotes_and_line_breaks_and_columns_in_any_order()
    {
        var csv = "email,party,role,language,name\r\n" +
                  "a@be.customs.example,BE,primary,fr,\"Peeters, Anne \"\"Annie\"\"\"\r\n" +
                  "b@be.customs.example,BE,deputy,nl,\"Jan\nJanssens\"\r\n";

        var directory = Read(csv).GetValueOrThrow();

        Assert.Equal("Peeters, Anne \"Annie\"", directory.Of("BE")[0].Name);
        Assert.Equal("Jan\nJanssens", directory.Of("BE")[1].Name);
        Assert.Equal("BE:a@be.customs.example", directory.Of("BE")[0].Id);
    }

    [Fact]
    public void Bad_rows_are_reported_with_their_line_numbers_and_nothing_is_loaded()
    {
        var csv = """
            party,name,email,role,language
            BE,Anne Peeters,anne@be.customs.example,primary,fr
            XX,Nobody,nobody@xx.customs.example,primary,en
            DK,,dk@dk.customs.example,primary,en
            DE,Karl,not-an-address,primary,de
            FR,Claire,claire@fr.customs.example,chair,fr
            IT,Giulia,giulia@it.customs.example,primary,italian
            IE,Sean,anne@be.customs.example,primary,en
            LU,Henri,henri@lu.customs.example,primary
            """;

        var problems = Problems(csv);

        Assert.Equal(
        [
            "line 3: unknown party code \"XX\"",
            "line 4: the name is empty",
            "line 5: \"not-an-address\" is not an email address",
            "line 6: role \"chair\" is not primary or deputy",
            "line 7: language \"italian\" is not one the mails are written in; the languages are da, de, el, en, es, fi, fr, it, nl, pt, sv (ISO 639-1)",
            "line 8: anne@be.customs.example is already the address of a delegate on line 2",
            "line 9: has 4 fields; the header has 5",
        ], problems);
    }

    [Fact]
    public void Each_party_has_exactly_one_primary()
    {
        var csv = """
            party,name,email,role,language
            BE,Anne,anne@be.customs.example,primary,fr
            BE,Yves,yves@be.customs.example,primary,fr
            DK,Karen,karen@dk.customs.example,deputy,en
            """;

        Assert.Equal(
            ["line 3: a second primary delegate for BE (the first is on line 2)", "party DK: has no primary delegate (deputies on lines 4)"],
            Problems(csv).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("", "line 1: the file is empty")]
    [InlineData("party,name,email,role,language\n", "line 1: the file has a header but no delegates")]
    [InlineData("party,name,mail,role,language\nBE,A,a@b.example,primary,fr\n", "line 1: unknown column \"mail\"")]
    [InlineData("party,name,email,role\nBE,A,a@b.example,primary\n", "line 1: column \"language\" is missing")]
    [InlineData("party,name,email,role,language\nBE,\"Anne,a@b.example,primary,fr\n", "line 2: a quoted field is never closed")]
    [InlineData("party,name,email,role,language\nBE,An\"ne,a@b.example,primary,fr\n", "line 2: a quote inside an unquoted field")]
    public void Malformed_files_are_refused(string csv, string expected)
    {
        Assert.StartsWith(expected, Problems(csv)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_break_inside_quotes_keeps_later_line_numbers_true()
    {
        var csv = "party,name,email,role,language\nBE,\"Anne\nPeeters\",a@be.customs.example,primary,fr\nXX,B,b@x.example,primary,fr\n";

        Assert.Equal(["line 4: unknown party code \"XX\""], Problems(csv));
    }
}
