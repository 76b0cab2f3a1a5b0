using Microsoft.Extensions.Options;
using ProgrammeWorkflows.Adapters.Links;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Adapters.Tests.Links;

/// <summary>Reply links derived with a key: the same scope gives the same link, nothing else verifies, and a rotation keeps the live links working.</summary>
public sealed class LinkTokenTests
{
    private static readonly LinkScope Scope = new("csap1997", 6, "1998", "DE", "DE:delegate@de.customs.example");
    private static readonly LinkKey Old = LinkKeyRing.Generate("link-1");
    private static readonly LinkKey New = LinkKeyRing.Generate("link-2");

    private static ReplyLinks Links(params LinkKey[] keys)
    {
        var options = Options.Create(new LinkOptions { BaseUrl = "https://follow-up.example", Keys = [.. keys] });
        return new ReplyLinks(new LinkKeyRing(options), options);
    }

    /// <summary>The text with one character changed for another of the alphabet.</summary>
    private static string Flip(string text, int at) => string.Concat(text[..at], text[at] == 'A' ? "B" : "A", text[(at + 1)..]);

    private static string Token(string link) => link["https://follow-up.example/reply/".Length..];

    [Fact]
    public void The_same_scope_and_generation_give_the_same_link_and_it_verifies_as_that_scope()
    {
        var links = Links(Old);

        var link = links.LinkOf(Scope, 0);

        Assert.Equal(link, links.LinkOf(Scope, 0));
        Assert.Equal((Scope, 0), links.Verify(Token(link)));
        Assert.NotEqual(link, links.LinkOf(Scope, 1));
        Assert.NotEqual(link, links.LinkOf(Scope with { DelegateId = "DE:deputy@de.customs.example" }, 0));
        Assert.NotEqual(link, links.LinkOf(Scope with { Cycle = "1999" }, 0));
    }

    [Fact]
    public void A_link_changed_anywhere_or_made_with_another_key_does_not_verify()
    {
        var token = Token(Links(Old).LinkOf(Scope, 0));
        var parts = token.Split('.');

        Assert.Null(Links(New).Verify(token));
        Assert.Null(Links(Old).Verify($"{parts[0]}.{parts[1]}.1.{parts[3]}"));
        Assert.Null(Links(Old).Verify($"{parts[0]}.{parts[1]}.{parts[2]}.{Flip(parts[3], 0)}"));
        Assert.Null(Links(Old).Verify($"{parts[0]}.{parts[1]}.{parts[2]}.{Flip(parts[3], parts[3].Length - 2)}"));
        Assert.Null(Links(Old).Verify($"{Flip(parts[0], 3)}.{parts[1]}.{parts[2]}.{parts[3]}"));
        Assert.Null(Links(Old).Verify(new string('A', 43)));
        Assert.Null(Links(Old).Verify(token + "." + token));
        Assert.Null(Links(Old).Verify(null));
    }

    [Fact]
    public void A_rotation_derives_new_links_with_the_new_key_and_keeps_the_old_keys_links_working()
    {
        var live = Token(Links(Old).LinkOf(Scope, 0));
        var rotated = Links(New, Old);

        Assert.Equal((Scope, 0), rotated.Verify(live));
        Assert.Contains(".link-2.", rotated.LinkOf(Scope, 0), StringComparison.Ordinal);
        Assert.Equal((Scope, 0), rotated.Verify(Token(rotated.LinkOf(Scope, 0))));
        // Once the old key is dropped (its links have closed), they stop verifying.
        Assert.Null(Links(New).Verify(live));
    }

    [Fact]
    public void An_address_holding_the_separator_keeps_its_own_scope()
    {
        var links = Links(Old);
        var odd = Scope with { DelegateId = "DE:a|b@de.customs.example" };

        Assert.Equal((odd, 0), links.Verify(Token(links.LinkOf(odd, 0))));
    }

    [Theory]
    [InlineData("", "AAAA", "Links:Keys:0:Id \"\" is not 1 to 16 lower-case letters, digits or dashes")]
    [InlineData("link-1", "c2hvcnQ=", "Links:Keys:0:Secret is not base64 of at least 32 bytes")]
    [InlineData("Link 1", "", "Links:Keys:0:Id \"Link 1\" is not 1 to 16 lower-case letters, digits or dashes")]
    public void A_key_that_cannot_be_used_is_refused_naming_the_setting(string id, string secret, string problem)
    {
        Assert.Contains(problem, LinkKeyRing.Problems([new LinkKey { Id = id, Secret = secret }]));
        Assert.Contains("Links:Keys is empty", Assert.Single(LinkKeyRing.Problems([])), StringComparison.Ordinal);
    }
}
