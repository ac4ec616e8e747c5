using Entente.Coding.Shallow;

namespace Entente.Tests.Coding.Shallow;

public class ShallowReadingTests
{
    [Theory]
    [InlineData("ATTACK", "ATTACKED", true)]      // a stem
    [InlineData("ATTACK", "ATTACKERS", true)]
    [InlineData("VISIT_", "VISITED", true)]       // a whole word takes the regular verb endings
    [InlineData("VISIT_", "VISITOR", false)]
    [InlineData("RESTORE_", "RESTORED", true)]
    [InlineData("RESTORE_", "RESTORING", true)]
    [InlineData("STOP_", "STOPPED", true)]
    [InlineData("MOUSE=", "MOUSES", false)]       // '=' takes no endings at all
    [InlineData("PLAN_", "PLAN'S", false)]        // verbs take no possessive
    public void Verb_words_match_stems_and_endings(string written, string word, bool matches) =>
        Assert.Equal(matches, ShallowPhraseWord.Parse(written)[0].Matches(word, verbEndings: true));

    [Fact]
    public void Phrase_words_keep_their_connectors()
    {
        var words = ShallowPhraseWord.Parse("PRINCE DOL_AMROTH_");
        Assert.Equal(["PRINCE", "DOL", "AMROTH"], words.Select(w => w.Text));
        Assert.False(words[1].Consecutive);   // a space: words may come between
        Assert.True(words[2].Consecutive);    // an underscore: right after
        Assert.True(words[1].Exact && words[2].Exact);
        Assert.False(words[0].Exact);
        Assert.Equal(["BARAD", "DUR"], ShallowPhraseWord.Parse("BARAD-DUR").Select(w => w.Text));
    }

    [Fact]
    public void Patterns_parse_connectors_slots_alternatives_and_synsets()
    {
        var synsets = new Dictionary<string, IReadOnlyList<IReadOnlyList<ShallowPatternElement>>>
        {
            ["&CASH"] = [ShallowPattern.ParseElements("GOLD", new Dictionary<string, IReadOnlyList<IReadOnlyList<ShallowPatternElement>>>())],
        };
        var e = ShallowPattern.ParseElements("+ WAS_* BY $ { A_B | C } &CASH RECENT~_X", synsets);
        Assert.Equal([ShallowElementKind.Target, ShallowElementKind.Word, ShallowElementKind.Verb, ShallowElementKind.Word, ShallowElementKind.Source,
            ShallowElementKind.Alternatives, ShallowElementKind.Alternatives, ShallowElementKind.Word, ShallowElementKind.Word], e.Select(x => x.Kind));
        Assert.True(e[1].Word.Exact);          // WAS_
        Assert.True(e[2].Consecutive);         // _*
        Assert.Equal(2, e[5].Choices!.Count);
        Assert.False(e[7].Word.Exact);         // RECENT~ stays a stem
        Assert.True(e[8].Consecutive);         // ~_X must follow
        Assert.Throws<FormatException>(() => ShallowPattern.ParseElements("* &NOPE", synsets));
    }

    [Fact]
    public void Codes_and_dated_codes()
    {
        Assert.Equal(new ShallowCode("032", "033", ShallowCodeKind.Event), ShallowCode.Parse("032:033"));
        Assert.True(ShallowCode.Parse("023?")!.Subordinate);
        Assert.True(ShallowCode.Parse("031!")!.Dominant);
        Assert.Equal(ShallowCodeKind.Null, ShallowCode.Parse("- - -")!.Kind);
        Assert.Equal(ShallowCodeKind.Discard, ShallowCode.Parse("###")!.Kind);
        Assert.Equal(ShallowCodeKind.Complex, ShallowCode.Parse("+++")!.Kind);
        Assert.Null(ShallowCode.Parse("0$2"));
        var codes = new[] { ShallowDatedCode.Parse("HOB < 950601"), ShallowDatedCode.Parse("HOBGOV 950602 - 990815"), ShallowDatedCode.Parse("HOBREB") };
        Assert.Equal("HOB", ShallowDatedCode.Select(codes, new DateOnly(1995, 6, 1)));
        Assert.Equal("HOBGOV", ShallowDatedCode.Select(codes, new DateOnly(1999, 8, 15)));
        Assert.Equal("HOBREB", ShallowDatedCode.Select(codes, new DateOnly(2003, 1, 1)));
        Assert.Equal("---", ShallowDatedCode.Select([ShallowDatedCode.Parse("GME <901103")], new DateOnly(1991, 1, 1)));
        Assert.Equal(new DateOnly(2001, 1, 1), ShallowDatedCode.Parse("X >010101").From);
        Assert.Throws<FormatException>(() => ShallowDatedCode.Parse("X <9913"));
    }

    [Fact]
    public void Bad_dictionary_lines_are_reported_with_file_and_line_and_skipped()
    {
        var lexicon = new ShallowLexicon();
        ShallowLexiconReader.ReadActors(lexicon, "bad.actors", "ARNOR [ARN]\nGONDOR [GON\nROHAN [ROH <99]\nERIADOR [ERI]\n");
        ShallowLexiconReader.ReadAgents(lexicon, "bad.agents", "POLICE [COP]\nARMY [~MIL]\n");
        ShallowLexiconReader.ReadVerbs(lexicon, "bad.verbs", "- * ORPHAN [010]\nATTACK [190]\n- * WITH { A | B [191]\n- * NOVERB_HERE [192\nMEET\n");
        Assert.Equal([("bad.actors", 2), ("bad.actors", 3), ("bad.agents", 1), ("bad.verbs", 1), ("bad.verbs", 3), ("bad.verbs", 4), ("bad.verbs", 5)],
            lexicon.Issues.Select(i => (i.File, i.Line)));
        var found = new List<ShallowEntry>();
        lexicon.Candidates("ERIADOR", found);
        Assert.Single(found);
        found.Clear();
        lexicon.Candidates("ATTACKED", found);
        Assert.Equal(ShallowWordKind.Verb, Assert.Single(found).Kind);
    }
}
