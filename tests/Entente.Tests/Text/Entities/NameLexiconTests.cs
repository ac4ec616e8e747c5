using Entente.Text.Entities;

namespace Entente.Tests.Text.Entities;

public class NameLexiconTests
{
    [Fact]
    public void ReadsNameListsAndActorDictionaries()
    {
        var dir = Directory.CreateTempSubdirectory("lexicon");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "names"));
            Directory.CreateDirectory(Path.Combine(dir.FullName, "actors"));
            File.WriteAllText(Path.Combine(dir.FullName, "names", "LOC.names"), "# comment\nNew York; Kerala\n");
            File.WriteAllText(Path.Combine(dir.FullName, "actors", "x.actors"),
                "# comment\ncountry AFG Afghanistan\n  names: Islamic Republic of Afghanistan\n  adjectives: Afghan\n  capital: Kabul\n\n"
                + "group AFGREB the Taliban\n  names: the Taliban\n\nperson George W. Bush\n  surname: Bush\n  role: USAGOV president 2001-01-20..2009-01-20\n");
            var names = NameLexicon.Read(dir.FullName).Select(n => (string.Join(' ', n.Words), n.Type)).ToList();
            Assert.Contains(("New York", "LOC"), names);
            Assert.Contains(("Kerala", "LOC"), names);
            Assert.Contains(("Afghanistan", "LOC"), names);
            Assert.Contains(("Islamic Republic of Afghanistan", "LOC"), names);
            Assert.Contains(("Kabul", "LOC"), names);
            Assert.Contains(("Taliban", "ORG"), names);
            Assert.Contains(("George W. Bush", "PER"), names);
            Assert.Contains(("Bush", "PER"), names);
            Assert.DoesNotContain(names, n => n.Item1 == "Afghan");
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void ShippedDictionariesGiveEveryListType()
    {
        var root = Path.Combine(RepoRoot(), "dictionaries");
        var types = NameLexicon.Read(root).Select(n => n.Type).ToHashSet();
        Assert.Superset(new HashSet<string> { "LOC", "ORG", "PER", "FIRST", "ORGWORD", "LOCWORD", "TITLE" }, types);
    }

    private static string RepoRoot()
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d is not null && !Directory.Exists(Path.Combine(d.FullName, "dictionaries", "names"))) d = d.Parent;
        return d?.FullName ?? throw new DirectoryNotFoundException("repository root with dictionaries/names");
    }

    [Fact]
    public void ExternalListsAreTokenizedAndKeepTheirType()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "# place names\nSan José\tCITY\nSaint-Denis\tCITY\n\nNoida\tCITY\n");
            var names = NameLexicon.ReadList(path);
            Assert.Equal(3, names.Count);
            Assert.All(names, n => Assert.Equal("CITY", n.Type));
            Assert.Equal(["San", "José"], names[0].Words);
            var gaz = new WordListGazetteer(names);
            var hits = new GazetteerHit[4];
            gaz.Match(["near", "san", "josé", "today"], hits);
            Assert.Equal([null, "CITY", "CITY", null], hits.Select(h => h.Type));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void AMalformedListLineNamesFileAndLine()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "Noida\tCITY\nKollam\n");
            var ex = Assert.Throws<InvalidDataException>(() => NameLexicon.ReadList(path));
            Assert.Contains($"{path}:2", ex.Message);
        }
        finally { File.Delete(path); }
    }
}
