using Entente.Text.Corpora;

namespace Entente.Tests.Text.Corpora;

public class Iob2ReaderTests
{
    private const string Sample =
        "# sent_id = s1\n" +
        "# text = American forces killed Shaikh Abdullah in Qaim.\n" +
        "1\tAmerican\tB-OTH\t-\tstephen\n" +
        "2\tforces\tO\n" +
        "3\tkilled\tO\n" +
        "4\tShaikh\tB-PER\t-\tstephen\n" +
        "5\tAbdullah\tI-PER\t-\tstephen\n" +
        "6\tin\tO\n" +
        "7\tQaim\tB-LOC\t-\tstephen\n" +
        "8\t.\tB-O\t-\tstephen\n" +
        "\n";

    [Fact]
    public void ReadsThreeAndFiveColumnLinesAndNormalisesOtherTypes()
    {
        var s = Iob2Reader.Read(new StringReader(Sample), "x.iob2").Single();
        Assert.Equal("s1", s.SentId);
        Assert.Equal("American forces killed Shaikh Abdullah in Qaim.", s.Text);
        Assert.Equal(["O", "O", "O", "B-PER", "I-PER", "O", "B-LOC", "O"], s.Tags);
        Assert.Equal("Abdullah", s.Tokens[4]);
    }

    [Fact]
    public void RawTagsAreKeptWithoutNormalisationAndRoundTrip()
    {
        var s = Iob2Reader.Read(new StringReader(Sample), "x.iob2", normalize: false).Single();
        Assert.Equal("B-OTH", s.Tags[0]);
        Assert.Equal("B-O", s.Tags[7]);
        var w = new StringWriter { NewLine = "\n" };
        Iob2Writer.Write(w, s);
        Assert.Equal(Sample, w.ToString());
    }

    [Fact]
    public void BadTagNamesFileAndLine()
    {
        var ex = Assert.Throws<CorpusFormatException>(() => Iob2Reader.Read(new StringReader("1\ta\tX-PER\n"), "bad.iob2").ToList());
        Assert.Contains("bad.iob2:1", ex.Message);
    }

    [Fact]
    public void IndexOutOfSequenceIsRejected()
    {
        Assert.Throws<CorpusFormatException>(() => Iob2Reader.Read(new StringReader("1\ta\tO\n3\tb\tO\n"), "bad.iob2").ToList());
    }
}
