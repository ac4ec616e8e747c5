using Entente.Text.Learning;

namespace Entente.Tests.Text.Learning;

public class ExchangeClusteringTests
{
    private static readonly string[] Names = ["alice", "bob", "carol", "dave"];
    private static readonly string[] Cities = ["paris", "rome", "oslo", "lima"];

    /// <summary>Names are always followed by "said" and preceded by "dear"; cities by "today" and "in".</summary>
    private static List<string[]> Corpus()
    {
        var text = new List<string[]>();
        for (int round = 0; round < 5; round++)
        {
            foreach (var n in Names) text.Add(["dear", n, "said", "hello"]);
            foreach (var c in Cities) text.Add(["in", c, "today"]);
        }
        return text;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void WordsUsedAlikeShareAClass(bool backward)
    {
        var classes = ExchangeClustering.Run(Corpus(), classes: 6, vocabulary: 100, iterations: 10, backward);
        Assert.Single(Names.Select(n => classes[n]).Distinct());
        Assert.Single(Cities.Select(c => classes[c]).Distinct());
        Assert.NotEqual(classes["alice"], classes["paris"]);
    }

    [Fact]
    public void OnlyTheMostFrequentWordsAreClusteredAndTheResultIsRepeatable()
    {
        var corpus = Corpus();
        corpus.Add(["once", "Zanzibar"]);
        var a = ExchangeClustering.Run(corpus, classes: 6, vocabulary: 12, iterations: 10);
        var b = ExchangeClustering.Run(corpus, classes: 6, vocabulary: 12, iterations: 10);
        Assert.Equal(12, a.Count);
        Assert.False(a.ContainsKey("zanzibar"));
        Assert.Equal(a.OrderBy(kv => kv.Key), b.OrderBy(kv => kv.Key));
    }
}
