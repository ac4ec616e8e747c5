using Entente.Text.Learning;

namespace Entente.Tests.Text.Learning;

public class WordEmbeddingsTests
{
    private static WordEmbeddings Table() => WordEmbeddings.From(WordVectors.FromPairs(
        [("paris", [1f, 0f, 0.5f]), ("rome", [0f, 2f, 0f]), ("oslo", [-1f, 0.3f, 0.1f])]), 2, 4f);

    [Fact]
    public void KeepsTheFirstWordsAtTheGivenLengthAndFindsThemInAnyCase()
    {
        var t = Table();
        Assert.Equal(2, t.Count);
        var v = new float[3];
        Assert.True(t.Lookup("PARIS", v));
        Assert.Equal(4.0, Math.Sqrt(v.Sum(x => x * x)), 1);
        Assert.False(t.Lookup("oslo", v)); // beyond the first two
        Assert.All(v, x => Assert.Equal(0f, x));
    }

    [Fact]
    public void SurvivesWriteAndRead()
    {
        var t = Table();
        var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, System.Text.Encoding.UTF8, true)) t.Write(w);
        ms.Position = 0;
        var back = WordEmbeddings.Read(new BinaryReader(ms));
        float[] a = new float[3], b = new float[3];
        t.Lookup("rome", a);
        back.Lookup("Rome", b);
        Assert.Equal(a, b);
        var cut = new MemoryStream(ms.ToArray()[..^2]);
        Assert.ThrowsAny<Exception>(() => WordEmbeddings.Read(new BinaryReader(cut)));
    }
}
