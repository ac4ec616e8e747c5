using Entente.Coding.Dictionaries;

namespace Entente.Tests.Coding.Dictionaries;

public class PetrarchVerbReaderTests
{
    private const string Sample = """
        # comment
        &TIETYPES
        +MILITARY
        +ECONOMIC

        &ACCORDSYN  # nested
        +&TIETYPES
        +CLOSER

        --- ASK  [020]  ---
        +ASK_FOR {+ASKED_FOR +ASKING_FOR} [021]
        ASK
        KLM_NOP_+RST [002]
        BRING {BRINGS BRINGING BROUGHT }  # irregular
        - * (TO BORDER) $                [154]   # ASK
        - * &TIETYPES TIES               [042:043]
        - SUGGESTED_+ * DEMAND           [111]
        - * {MOCK ATTACK}                [---]
        - INCHING &ACCORDSYN *           [083]
        - * (UNCLOSED                    [010]
        - * NO CODE HERE
        - * &NOSUCHSET                   [010]
        --- VISIT [042:043] ---
        VISIT
        NOUNS: VISIT TRIP
        - * (ON INVITATION)              [:036]
        """;

    private static VerbDictionary Read() => PetrarchVerbReader.Read("t.txt", Sample.Replace("        ", ""));

    [Fact]
    public void Reads_blocks_verbs_and_multiword_verbs()
    {
        var d = Read();
        Assert.Equal(2, d.Blocks.Count);
        var ask = d.Blocks[0];
        Assert.Equal("ASK", ask.Name);
        var askFor = ask.Verbs[0];
        Assert.Equal("ASK", askFor.Verb);
        Assert.Equal(["FOR"], askFor.After);
        Assert.Equal("021", askFor.Code!.Forward);
        var rst = ask.Verbs[2];
        Assert.Equal("RST", rst.Verb);
        Assert.Equal(["KLM", "NOP"], rst.Before);
        Assert.Contains("BROUGHT", ask.Verbs[3].Forms);
    }

    [Fact]
    public void Irregular_forms_find_the_verb()
    {
        var d = Read();
        var found = new List<VerbEntry>();
        d.FindVerbs("BROUGHT", null, found);
        Assert.Single(found);
        Assert.Equal("BRING", found[0].Form.Verb);
    }

    [Fact]
    public void Malformed_lines_are_reported_with_line_and_skipped()
    {
        var d = Read();
        Assert.Equal(3, d.Issues.Count);
        Assert.Contains(d.Issues, i => i.Line == 20 && i.Message.Contains("without ')'"));
        Assert.Contains(d.Issues, i => i.Line == 21 && i.Message.Contains("[code]"));
        Assert.Contains(d.Issues, i => i.Line == 22 && i.Message.Contains("&NOSUCHSET"));
        Assert.All(d.Issues, i => Assert.Equal("t.txt", i.File));
        Assert.Equal(5, d.Blocks[0].Patterns.Count);
    }

    [Fact]
    public void Patterns_keep_slots_synsets_groups_and_paired_codes()
    {
        var ask = Read().Blocks[0];
        var border = ask.Patterns.Single(p => p.Code.Forward == "154");
        Assert.Equal(["TO", "BORDER", "$"], border.After.Select(e => e.ToString()));
        var ties = ask.Patterns.Single(p => p.Code.Forward == "042");
        Assert.Equal("043", ties.Code.Reverse);
        Assert.Equal(PatternElementKind.Alternatives, ties.After[0].Kind);
        Assert.Equal(2, ties.After[0].Choices!.Count);
        var suggested = ask.Patterns.Single(p => p.Code.Forward == "111");
        Assert.Equal(PatternElementKind.Target, suggested.Before[1].Kind);
        Assert.True(suggested.Before[1].Adjacent);
        Assert.True(ask.Patterns.Single(p => p.Text.Contains("MOCK")).Code.IsNone);
        // nested synonym set: &ACCORDSYN contains &TIETYPES
        var inching = ask.Patterns.Single(p => p.Code.Forward == "083");
        Assert.Contains(inching.Before[1].Choices!, c => c[0].Kind == PatternElementKind.Alternatives);
        // the most specific patterns come first
        Assert.True(ask.Patterns[0].Specificity >= ask.Patterns[^1].Specificity);
    }

    [Fact]
    public void Reverse_only_codes_and_nominalisations()
    {
        var visit = Read().Blocks[1];
        Assert.Equal(["VISIT", "TRIP"], visit.Nouns);
        var p = Assert.Single(visit.Patterns);
        Assert.Null(p.Code.Forward);
        Assert.Equal("036", p.Code.Reverse);
    }

    [SharedDataFact("peers/petrarch2/dictionaries/CAMEO.2.0.txt")]
    public void Reads_petrarch_production_dictionary()
    {
        var d = VerbDictionaryLoader.Load(SharedData.File("peers/petrarch2/dictionaries/CAMEO.2.0.txt")!);
        Assert.InRange(d.Blocks.Count, 390, 397);
        Assert.InRange(d.PatternCount, 4600, 4668);
        Assert.True(d.Issues.Count < 30, string.Join("\n", d.Issues));
    }
}
