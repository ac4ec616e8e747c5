using Entente.Coding.Validation;
using Entente.Tests.Coding.Engine;

namespace Entente.Tests.Coding.Validation;

public class ValidationActorsTests
{
    private static ValidationActors Dictionaries()
    {
        var a = new ValidationActors(stems: false);
        a.ReadActors("a.txt", """
            ARNOR_ [ARN]
            +ARNORIAN
            # a comment line inside an entry does not end it
            +ANNUMINAS
            GOLLUM
            	[HOB <950601]
            	[HOBGOV 19950701 - 20010815]
            BROKEN [X]
            """);
        a.ReadAgents("g.txt", """
            !PERSON! = MAN, WOMAN
            PRIME_MINISTER [~GOV]
            CONGRESS!PERSON! [~LEG]
            ACTIVIST [NGM~]
            """);
        return a;
    }

    [Fact]
    public void Synonyms_dated_codes_and_issues()
    {
        var a = Dictionaries();
        var issue = Assert.Single(a.Issues);
        Assert.Equal(8, issue.Line);
        var tokens = HandParse.Tokens("""
            Annuminas Annuminas PROPN 2 nsubj
            met meet VERB 0 root
            Gollum Gollum PROPN 2 obj
            """);
        var before = a.Resolve(tokens, new DateOnly(1995, 1, 1), out _);
        Assert.Equal(["ARN", "HOB"], before.Select(x => x.Actor.Code.Value));
        var during = a.Resolve(tokens, new DateOnly(1996, 1, 1), out _);
        Assert.Equal("HOBGOV", during[1].Actor.Code.Value);
    }

    [Fact]
    public void Agents_take_the_actor_of_their_noun_phrase()
    {
        var tokens = HandParse.Tokens("""
            Arnorian Arnorian ADJ 3 amod
            prime prime ADJ 3 amod
            minister minister NOUN 4 nsubj
            met meet VERB 0 root
            a a DET 6 det
            congresswoman congresswoman NOUN 4 obj
            """);
        var found = Dictionaries().Resolve(tokens, null, out _);
        Assert.Equal(["ARNGOV", "---LEG"], found.Select(x => x.Actor.Code.Value));
        Assert.Equal((0, 3), (found[0].FirstToken, found[0].TokenCount));
    }
}
