using Entente.Coding;
using Entente.Coding.Dictionaries;
using Entente.Coding.Engine;
using Entente.Model;
using static Entente.Tests.Coding.Engine.HandParse;

namespace Entente.Tests.Coding.Engine;

public class EventCoderDictionaryTests
{
    private const string PassiveParse = """
        Ukraine Ukraine PROPN 3 nsubj:pass
        was be AUX 3 aux:pass
        attacked attack VERB 0 root
        by by ADP 5 case
        Russia Russia PROPN 3 obl:agent
        from from ADP 7 case
        air air NOUN 3 obl
        . . PUNCT 3 punct
        """;

    private static CodingResult CodeWith(string dictionary, string parse, params (string, string)[] actors)
    {
        var coder = new EventCoder([PetrarchVerbReader.Read("test.verbs", dictionary)]);
        var tokens = Tokens(parse);
        return coder.Code(tokens, ActorsOf(tokens, actors));
    }

    [Fact]
    public void Slots_in_a_pattern_bind_source_and_target()
    {
        var r = CodeWith("""
            --- ATTACK [190] ---
            ATTACK
            - + * BY $ (FROM AIR) [195]
            """, PassiveParse, ("Ukraine", "UKR"), ("Russia", "RUS"));
        var e = Assert.Single(r.Events);
        Assert.Equal(("RUS", "UKR", "195"), (e.Source!.Code.Value, e.Target!.Code.Value, e.Code));
        Assert.Equal("test.verbs:3 - + * BY $ (FROM AIR) [195]", e.Pattern);
    }

    [Fact]
    public void Null_code_pattern_states_there_is_no_event()
    {
        var r = CodeWith("""
            --- ATTACK [190] ---
            ATTACK
            - * (FROM AIR) [---]
            """, PassiveParse, ("Ukraine", "UKR"), ("Russia", "RUS"));
        Assert.Empty(r.Events);
    }

    [Fact]
    public void Discard_pattern_discards_the_sentence()
    {
        var r = CodeWith("""
            --- ATTACK [190] ---
            ATTACK
            - * AIR [###]
            """, PassiveParse, ("Ukraine", "UKR"), ("Russia", "RUS"));
        Assert.True(r.Discarded);
        Assert.Empty(r.Events);
    }

    [Fact]
    public void Tabari_stems_match_inflected_forms()
    {
        var coder = new EventCoder([TabariVerbReader.Read("t.verbs", "ATTACK [223]\n- * FROM AIR [225]\n")]);
        var tokens = Tokens(PassiveParse);
        foreach (ref var t in tokens.AsSpan()) t.Lemma = null; // stems must work without a lemmatiser
        var e = Assert.Single(coder.Code(tokens, ActorsOf(tokens, ("Ukraine", "UKR"), ("Russia", "RUS"))).Events);
        Assert.Equal("225", e.Code);
    }

    [Fact]
    public void Require_target_drops_one_sided_events()
    {
        var tokens = Tokens("""
            China China PROPN 2 nsubj
            mobilized mobilize VERB 0 root
            troops troop NOUN 2 obj
            . . PUNCT 2 punct
            """);
        var actors = ActorsOf(tokens, ("China", "CHN"));
        Assert.Single(EventCoder.CreateDefault().Code(tokens, actors).Events);
        Assert.Empty(EventCoder.CreateDefault(new EventCoderOptions { RequireTarget = true }).Code(tokens, actors).Events);
    }

    [Fact]
    public void Pipe_fills_event_records_with_ontology_facts()
    {
        var tokens = Tokens("""
            Russia Russia PROPN 2 nsubj
            attacked attack VERB 0 root
            Ukraine Ukraine PROPN 2 obj
            . . PUNCT 2 punct
            """);
        var text = string.Join(' ', tokens.Select(t => t.Text));
        var doc = new Document(new DocumentMetadata { Id = "a.txt", Published = new DateOnly(2024, 2, 24) }, text);
        doc.Sentences.Add(new Sentence(0, new CharSpan(0, text.Length), text) { Tokens = tokens });
        foreach (var a in ActorsOf(tokens, ("Russia", "RUS"), ("Ukraine", "UKR")))
            doc.Actors.Add(new ActorMention(0, a.FirstToken, a.TokenCount, new CharSpan(tokens[a.FirstToken].Start, tokens[a.EndToken - 1].End), a.Actor.Text, a.Actor, "test"));
        EventCoderPipe.Create().Process(doc);
        var e = Assert.Single(doc.Events);
        Assert.Equal("a.txt#0.0", e.Id);
        Assert.Equal("190", e.Cameo.Value);
        Assert.Equal(-10.0, e.Goldstein);
        Assert.Equal("ASSAULT", e.Plover!.Type);
        Assert.Equal("Russia attacked Ukraine", text[e.Span.Start..e.Span.End]);
        Assert.Equal(new DateOnly(2024, 2, 24), e.Date.Date);
    }
}
