using Entente.Actors;
using Entente.Actors.Dictionaries;

namespace Entente.Tests.Actors;

public class DictionaryReaderTests
{
    private static ActorDictionary Read(string text, DictionaryFormat format, string file = "test.txt")
    {
        var b = new ActorDictionaryBuilder();
        ActorDictionaryLoader.Read(b, new StringReader(text), file, format);
        return b.Build();
    }

    private static ActorEntry Lookup(ActorDictionary d, params string[] words)
    {
        int node = PhraseIndex.Root;
        foreach (var w in words) node = d.Index.Step(node, w);
        Assert.True(node >= 0, $"'{string.Join(' ', words)}' not indexed");
        var t = d.Index.TargetsOf(node).ToArray().First(x => x.IsActor);
        return d.Entries[t.Index];
    }

    [Fact]
    public void Petrarch_blocks_with_synonyms_and_date_bounded_codes()
    {
        var d = Read("""
            # comment
            ALBRIGHT_ [USAGOV 991201-010114] [---] ;ems
            KOFI_ANNAN_
            +K._ANNAN_
            	[IGOUNO 970101-061231]
            	[ELI]
            IRAQ_ [IRQ <20030320]
            """, DictionaryFormat.PetrarchActors);
        Assert.Empty(d.Issues);
        var annan = Lookup(d, "K.", "Annan");
        Assert.Equal("Kofi Annan", annan.Name);
        Assert.Equal("IGOUNO", annan.CodeAt(new DateOnly(2005, 1, 1)).Code!.Value.Value);
        Assert.Equal("ELI", annan.CodeAt(new DateOnly(2010, 1, 1)).Code!.Value.Value);
        var albright = Lookup(d, "Albright");
        Assert.Equal("USAGOV", albright.CodeAt(new DateOnly(2000, 6, 1)).Code!.Value.Value);
        Assert.Null(albright.CodeAt(new DateOnly(2005, 6, 1)).Code);
        var iraq = Lookup(d, "iraq");
        Assert.Equal(new DateOnly(2003, 3, 19), iraq.Roles[0].When.To);
    }

    [Fact]
    public void Malformed_lines_are_reported_with_file_and_line_and_the_rest_loads()
    {
        var d = Read("""
            GOOD_ONE_ [AAA]
            BAD_CODE_ [s]
            BAD_DATE_
            	[QRSGOVBUS 2004017-20061201]
            	[KORGOV]
            NO_CODE_
            UNCLOSED_ [BBB
            +ORPHAN_SYNONYM_OK
            GOOD_TWO_ [CCC >130701]
            """, DictionaryFormat.PetrarchActors, "x.actors.txt");
        Assert.Equal("AAA", Lookup(d, "good", "one").Roles[0].Code.Value);
        Assert.Equal("KORGOV", Lookup(d, "bad", "date").Roles.Single().Code.Value);
        Assert.Equal("CCC", Lookup(d, "good", "two").Roles[0].Code.Value);
        var issues = d.Issues.Select(i => (i.File, i.Line)).ToList();
        Assert.Contains(("x.actors.txt", 2), issues);
        Assert.Contains(("x.actors.txt", 4), issues);
        Assert.Contains(("x.actors.txt", 6), issues);
        Assert.Contains(("x.actors.txt", 7), issues);
        Assert.All(d.Issues, i => Assert.False(string.IsNullOrWhiteSpace(i.Message)));
    }

    [Fact]
    public void Tabari_words_without_trailing_underscore_are_stems()
    {
        var d = Read("""
            <NOUN>
            BEES
            </NOUN>
            ARGENTIN [ARG]
            ESTONIA_ [EST]
            """, DictionaryFormat.TabariActors, "demo.actors");
        Assert.Equal("ARG", Lookup(d, "Argentina").Roles[0].Code.Value);
        Assert.Equal("ARG", Lookup(d, "Argentine").Roles[0].Code.Value);
        Assert.Equal(-1, d.Index.Step(PhraseIndex.Root, "Estonian"));
        Assert.Equal(-1, d.Index.Step(PhraseIndex.Root, "bees"));
    }

    [Fact]
    public void Tabari_specials_compounds_xml_comments_and_the_finish_marker()
    {
        var d = Read("""
            <!-- a comment
            spanning lines -->
            ENT  [### <890101] [ENT] ; hash inside a code is not a comment
            LORIEN  [ELR/GAL]
            VOLLEYBALL  [+++]
            ~~FINISH 16:47
            AFTER_THE_END [XXX]
            """, DictionaryFormat.TabariActors, "demo.actors");
        Assert.Empty(d.Issues);
        var ent = Lookup(d, "Ent");
        Assert.Equal("###", ent.CodeAt(new DateOnly(1988, 1, 1)).Code!.Value.Value);
        Assert.Equal("ENT", ent.CodeAt(new DateOnly(1995, 1, 1)).Code!.Value.Value);
        Assert.Equal("ELR/GAL", Lookup(d, "Lorien").Roles[0].Code.Value);
        Assert.Equal(-1, d.Index.Step(PhraseIndex.Root, "after"));
        var m = ActorTestText.Resolve("Elves of Lorien sang.", "1995-01-01", new ActorPipe(d));
        Assert.Equal(["ELR", "GAL"], m.Where(x => x.Text == "Lorien").Select(x => x.Actor!.Code.Value));
    }

    [Fact]
    public void Field_agents_expand_macros_and_plurals()
    {
        var d = Read("""
            !PERSON! = MAN, MEN
            BUSINESS!PERSON! [~BUS]
            POLICE_ {} [~COP]
            PARTY_ [~OPP]
            HUMAN_RIGHTS_ACTIVIST [NGM~]
            BROKEN [COP]
            """, DictionaryFormat.FieldAgents, "a.agents");
        AgentEntry Agent(params string[] words)
        {
            int node = PhraseIndex.Root;
            foreach (var w in words) node = d.Index.Step(node, w);
            Assert.True(node >= 0, string.Join(' ', words));
            return d.Agents[d.Index.TargetsOf(node)[0].Index];
        }
        Assert.Equal("RUSBUS", Agent("businessmen").Apply("RUS"));
        Assert.Equal("RUSCOP", Agent("police").Apply("RUS"));
        Assert.Equal(-1, d.Index.Step(PhraseIndex.Root, "polices"));
        Assert.Equal("RUSOPP", Agent("parties").Apply("RUS"));
        Assert.Equal("NGMRUS", Agent("human", "rights", "activists").Apply("RUS"));
        Assert.Equal(6, Assert.Single(d.Issues).Line);
    }

    [Fact]
    public void Our_format_reads_blocks_and_reports_bad_lines()
    {
        var d = Read("""
            country XYZ Freedonia
              names: Republic of Freedonia
              adjectives: Freedonian
              capital: Freedon City
              leader: president
            person Rufus Firefly
              role: XYZGOV president 1933-11..1933-12-31
              role: XYZGOV presidnt 1933-11..19x4
              colour: red
            nonsense line here
            """, DictionaryFormat.EntenteActors, "f.actors");
        var rufus = Lookup(d, "Firefly");
        Assert.Equal(new DateOnly(1933, 11, 1), rufus.Roles.Single().When.From);
        Assert.Equal("Rufus Firefly", d.OfficeHolder("XYZ", "president", new DateOnly(1933, 12, 5))!.Name);
        Assert.Equal(ActorKind.Country, Lookup(d, "Freedonian").Kind);
        Assert.Equal([8, 9, 10], d.Issues.Select(i => i.Line).Order().ToArray());
    }

    [Fact]
    public void The_built_in_dictionary_loads_without_issues_and_covers_the_un()
    {
        var d = ActorDictionaryLoader.BuiltIn;
        Assert.Empty(d.Issues);
        Assert.True(d.Entries.Count(e => e.Kind == ActorKind.Country) >= 195);
        Assert.Equal("Ali Khamenei", d.OfficeHolder("IRN", "supreme-leader", new DateOnly(2020, 1, 1))!.Name);
        Assert.Equal("Olaf Scholz", d.OfficeHolder("DEU", "chancellor", new DateOnly(2023, 1, 1))!.Name);
    }

    [SharedDataFact]
    public void The_field_dictionaries_are_sniffed_and_load_next_to_ours()
    {
        var files = new[]
        {
            Path.Combine(SharedData.PetrarchDictionaries, "Phoenix.Countries.actors.txt"),
            Path.Combine(SharedData.PetrarchDictionaries, "Phoenix.International.actors.txt"),
            Path.Combine(SharedData.PetrarchDictionaries, "Phoenix.MilNonState.actors.txt"),
            Path.Combine(SharedData.PetrarchDictionaries, "Phoenix.agents.txt"),
            Path.Combine(SharedData.Tabari, "TABARI.Demo.actors"),
            Path.Combine(SharedData.Tabari, "Validate.agents"),
        };
        Assert.Equal(DictionaryFormat.PetrarchActors, ActorDictionaryLoader.Sniff(files[0]));
        Assert.Equal(DictionaryFormat.FieldAgents, ActorDictionaryLoader.Sniff(files[3]));
        Assert.Equal(DictionaryFormat.TabariActors, ActorDictionaryLoader.Sniff(files[4]));
        Assert.Equal(DictionaryFormat.FieldAgents, ActorDictionaryLoader.Sniff(files[5]));
        var d = ActorDictionaryLoader.Load(files);
        Assert.True(d.Entries.Count > 20_000);
        Assert.Contains(d.Issues, i => i.File == files[1] && i.Message.Contains("2004017"));
        Assert.True(d.Issues.Count < d.Entries.Count / 50, $"{d.Issues.Count} issues");
        var m = ActorTestText.Resolve("Kofi Annan met Afghan officials. Lavrov and Putin spoke.", "2005-01-01", new ActorPipe(d));
        Assert.Equal("IGOUNO", m.CodeOf("Kofi Annan"));
        Assert.Equal("AFGGOV", m.CodeOf("Afghan officials"));
        Assert.Equal("Sergei Lavrov", m.NameOf("Lavrov"));
        Assert.Equal("RUSGOV", m.CodeOf("Putin"));
    }
}
