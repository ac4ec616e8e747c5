using Entente.Text.Corpora;

namespace Entente.Tests.Text.Corpora;

public class ConlluReaderTests
{
    private const string Tricky =
        "# newdoc id = d1\n" +
        "# sent_id = s1\n" +
        "# text = I don't know.\n" +
        "1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t3:nsubj\t_\n" +
        "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_\n" +
        "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_\n" +
        "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No\n" +
        "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_\n" +
        "\n" +
        "# sent_id = s2\n" +
        "# text = Sue likes tea and Bob coffee\n" +
        "1\tSue\tSue\tPROPN\tNNP\t_\t2\tnsubj\t2:nsubj\t_\n" +
        "2\tlikes\tlike\tVERB\tVBZ\t_\t0\troot\t0:root\t_\n" +
        "3\ttea\ttea\tNOUN\tNN\t_\t2\tobj\t2:obj\t_\n" +
        "4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t5.1:cc\t_\n" +
        "5\tBob\tBob\tPROPN\tNNP\t_\t2\tconj\t5.1:nsubj\t_\n" +
        "5.1\tlikes\tlike\tVERB\tVBZ\t_\t_\t_\t2:conj:and\tCopyOf=2\n" +
        "6\tcoffee\tcoffee\tNOUN\tNN\t_\t5\torphan\t5.1:obj\t_\n" +
        "\n";

    private static List<ConlluSentence> Read(string text) => ConlluReader.Read(new StringReader(text), "tricky.conllu").ToList();

    [Fact]
    public void MultiwordTokenCoversItsWords()
    {
        var s = Read(Tricky)[0];
        Assert.Equal(5, s.Words.Count);
        Assert.Equal(4, s.Tokens.Count);
        var mwt = s.Tokens[1];
        Assert.True(mwt.IsMultiword);
        Assert.Equal(("don't", 2, 3), (mwt.Form, mwt.FirstWord, mwt.LastWord));
        Assert.False(s.Tokens[2].SpaceAfter);
    }

    [Fact]
    public void CommentsAndTextAreKept()
    {
        var s = Read(Tricky)[0];
        Assert.Equal("I don't know.", s.Text);
        Assert.Equal("s1", s.SentId);
        Assert.Equal("d1", s.Comment("newdoc id"));
        Assert.Equal("I don't know.", s.ReconstructText());
    }

    [Fact]
    public void EmptyNodesAreKeptButAreNotWords()
    {
        var s = Read(Tricky)[1];
        Assert.Equal(6, s.Words.Count);
        Assert.Single(s.EmptyNodeLines);
        Assert.StartsWith("5.1\t", s.EmptyNodeLines[0]);
        Assert.Equal(6, s.Tokens.Count);
    }

    [Fact]
    public void RoundTripIsByteIdentical()
    {
        var w = new StringWriter { NewLine = "\n" };
        foreach (var s in Read(Tricky)) ConlluWriter.Write(w, s);
        Assert.Equal(Tricky, w.ToString());
    }

    [Fact]
    public void MalformedLineNamesFileAndLine()
    {
        var bad = "# text = x\n1\tx\tx\tX\n";
        var ex = Assert.Throws<CorpusFormatException>(() => Read(bad));
        Assert.Equal(2, ex.Line);
        Assert.Contains("tricky.conllu:2", ex.Message);
    }

    [Fact]
    public void OutOfSequenceWordIsRejected()
    {
        var bad = "1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n3\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n";
        Assert.Throws<CorpusFormatException>(() => Read(bad));
    }
}
