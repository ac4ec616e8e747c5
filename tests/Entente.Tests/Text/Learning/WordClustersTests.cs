using Entente.Text.Learning;

namespace Entente.Tests.Text.Learning;

public class WordClustersTests
{
    [Fact]
    public void LookupIgnoresCaseAndReportsUnclusteredWords()
    {
        var map = new WordClusters([new("paris", 3), new("alice", 7)]);
        Assert.Equal(3, map.Of("PARIS"));
        Assert.Equal(7, map.Of("Alice"));
        Assert.Equal(WordClusters.None, map.Of("zanzibar"));
        Assert.Equal(WordClusters.None, map.Of(new string('a', 100)));
        Assert.Equal(WordClusters.None, WordClusters.Empty.Of("paris"));
    }

    [Fact]
    public void TextAndBinaryFormsRoundTrip()
    {
        var map = new WordClusters([new("paris", 3), new("alice", 7), new("l'été", 1)]);
        var path = Path.GetTempFileName();
        try
        {
            using (var w = new StreamWriter(path)) map.WriteText(w);
            var text = WordClusters.ReadText(path);
            Assert.Equal(3, text.Count);
            Assert.Equal(1, text.Of("L'ÉTÉ"));
        }
        finally { File.Delete(path); }
        var ms = new MemoryStream();
        using (var bw = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true)) map.Write(bw);
        ms.Position = 0;
        var back = WordClusters.Read(new BinaryReader(ms));
        Assert.Equal(7, back.Of("alice"));
        Assert.Equal(map.Count, back.Count);
    }

    [Fact]
    public void AMalformedLineIsReportedWithFileAndLine()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "paris\t3\nalice seven\n");
            var ex = Assert.Throws<InvalidDataException>(() => WordClusters.ReadText(path));
            Assert.Contains($"{path}:2", ex.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void CodesPackTwoMapsAndLeaveZeroForUnclusteredWords()
    {
        var forward = new WordClusters([new("paris", 3)]);
        var backward = new WordClusters([new("paris", 5), new("rome", 0)]);
        var codes = new int[3];
        WordClusterCodes.Fill([forward, backward], ["Paris", "rome", "oslo"], codes);
        Assert.Equal((3 + 1) | (5 + 1) << 12, codes[0]);
        Assert.Equal(0 | (0 + 1) << 12, codes[1]);
        Assert.Equal(0, codes[2]);
    }
}
