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
    public void TheFirstBinaryFormatStillLoads()
    {
        var ms = new MemoryStream();
        using (var bw = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            bw.Write(2);
            bw.Write("paris"); bw.Write((ushort)3);
            bw.Write("alice"); bw.Write((ushort)7);
        }
        ms.Position = 0;
        var back = WordClusters.Read(new BinaryReader(ms));
        Assert.Equal(3, back.Of("Paris"));
        Assert.Equal(7, back.Of("ALICE"));
        Assert.Equal(2, back.Count);
    }

    [Fact]
    public void ATruncatedBinarySectionIsRejected()
    {
        var map = new WordClusters(Enumerable.Range(0, 500).Select(i => KeyValuePair.Create($"word{i}", i % 40)));
        var ms = new MemoryStream();
        using (var bw = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true)) map.Write(bw);
        var bytes = ms.ToArray();
        Assert.Throws<InvalidDataException>(() => WordClusters.Read(new BinaryReader(new MemoryStream(bytes[..^20]))));
    }

    [Fact]
    public void ALargeMapKeepsEveryClass()
    {
        var pairs = Enumerable.Range(0, 20000).Select(i => KeyValuePair.Create($"w{i}", i % 5000)).ToArray();
        var map = new WordClusters(pairs);
        Assert.All(pairs, p => Assert.Equal(p.Value, map.Of(p.Key)));
        Assert.Equal(WordClusters.None, map.Of("w20000"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new WordClusters([new("x", WordClusters.MaxClass + 1)]));
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

    [Fact]
    public void ASetOfMapsRoundTripsWithWordsMissingFromSomeMaps()
    {
        var coarse = new WordClusters([new("paris", 1), new("rome", 1), new("alice", 0)]);
        var fine = new WordClusters([new("paris", 12), new("rome", 40), new("zanzibar", 7)]);
        var back = RoundTripSet([coarse, fine]);
        Assert.Equal(2, back.Length);
        Assert.Equal((3, 3), (back[0].Count, back[1].Count));
        Assert.Equal((1, 12), (back[0].Of("Paris"), back[1].Of("Paris")));
        Assert.Equal((WordClusters.None, 7), (back[0].Of("zanzibar"), back[1].Of("zanzibar")));
        Assert.Equal((0, WordClusters.None), (back[0].Of("alice"), back[1].Of("alice")));
        // A map taken out of a set writes back only its own words.
        var text = new StringWriter();
        back[1].WriteText(text);
        Assert.Equal("paris\t12\nrome\t40\nzanzibar\t7\n", text.ToString());
        var ms = new MemoryStream();
        using (var bw = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true)) back[0].Write(bw);
        ms.Position = 0;
        var alone = WordClusters.Read(new BinaryReader(ms));
        Assert.Equal((3, 1, WordClusters.None), (alone.Count, alone.Of("rome"), alone.Of("zanzibar")));
        // Written again, the set is the same.
        var again = RoundTripSet(back);
        Assert.Equal(40, again[1].Of("rome"));
        Assert.Empty(RoundTripSet([]));
    }

    [Fact]
    public void MapsReadFromASetShareOneHashTable()
    {
        var words = Enumerable.Range(0, 3000).Select(i => $"w{i}").ToArray();
        var maps = new[] { 4, 40, 400 }.Select(k => new WordClusters(words.Select((w, i) => KeyValuePair.Create(w, i % k)))).ToArray();
        Assert.False(maps[0].SharesTableWith(maps[1]));
        var back = RoundTripSet(maps);
        Assert.True(back[0].SharesTableWith(back[1]) && back[1].SharesTableWith(back[2]));
        // One table, yet each map answers with its own classes.
        for (int i = 0; i < words.Length; i += 97)
            Assert.Equal((i % 4, i % 40, i % 400), (back[0].Of(words[i]), back[1].Of(words[i]), back[2].Of(words[i])));
        Assert.Equal(WordClusters.None, back[2].Of("absent"));
    }

    [Fact]
    public void ASetStoresSharedWordsOnce()
    {
        var words = Enumerable.Range(0, 5000).Select(i => $"word{i * 7919 % 100000}").ToArray();
        var maps = new[] { 8, 64, 512 }.Select(k => new WordClusters(words.Select((w, i) => KeyValuePair.Create(w, i * 31 % k)))).ToArray();
        long separate = maps.Sum(m => { var ms = new MemoryStream(); using var bw = new BinaryWriter(ms); m.Write(bw); bw.Flush(); return ms.Length; });
        var set = new MemoryStream();
        using (var bw = new BinaryWriter(set, System.Text.Encoding.UTF8, leaveOpen: true)) WordClusters.WriteSet(bw, maps);
        Assert.True(set.Length < separate * 2 / 3, $"set {set.Length} bytes, maps alone {separate}");
    }

    [Fact]
    public void ACorruptSetIsRejected()
    {
        var ms = new MemoryStream();
        using (var bw = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true))
            WordClusters.WriteSet(bw, [new WordClusters([new("paris", 1)]), new WordClusters([new("rome", 2)])]);
        var bytes = ms.ToArray();
        Assert.Throws<InvalidDataException>(() => WordClusters.ReadSet(new BinaryReader(new MemoryStream(bytes[..^3]))));
        bytes[4] = 9; // first map's count no longer matches its words
        Assert.Throws<InvalidDataException>(() => WordClusters.ReadSet(new BinaryReader(new MemoryStream(bytes))));
    }

    private static WordClusters[] RoundTripSet(WordClusters[] maps)
    {
        var ms = new MemoryStream();
        using (var bw = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true)) WordClusters.WriteSet(bw, maps);
        ms.Position = 0;
        return WordClusters.ReadSet(new BinaryReader(ms));
    }
}
