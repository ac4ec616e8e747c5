using Entente.Text.Parsing;

namespace Entente.Tests.Text.Parsing;

public class QuantizedTableTests
{
    private static WeightTable RandomTable(int seed)
    {
        var t = new WeightTable(10, 4);
        var rng = new Random(seed);
        // Mostly empty rows and a wide range of magnitudes, as in a trained table.
        for (int i = 0; i < t.Weights.Length; i++)
            if (rng.NextDouble() < 0.2) t.Weights[i] = (float)((rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(-2, 3)));
        return t;
    }

    [Fact]
    public void EveryWeightIsWithinHalfAStepOfTheTrainedOne()
    {
        var t = RandomTable(1);
        var q = QuantizedTable.From(t);
        for (int row = 0; row < 1 << t.Bits; row++)
            for (int c = 0; c < 4; c++)
                Assert.InRange(q[row, c] - t.Weights[row * 4 + c], -q.Scale / 2 - 1e-6f, q.Scale / 2 + 1e-6f);
    }

    [Fact]
    public void ScoresAreTheSumsOfTheRowsAndSurviveAFileRoundTrip()
    {
        var q = QuantizedTable.From(RandomTable(2));
        ulong[] keys = [ParserHash.F(1, 7), ParserHash.F(2, 9), ParserHash.F(3, 11), ParserHash.F(1, 7)];
        var scores = new float[4];
        q.Score(keys, scores);
        for (int c = 0; c < 4; c++)
        {
            float expected = keys.Sum(k => q[(int)(k >> (64 - q.Bits)), c]);
            Assert.Equal(expected, scores[c], 3);
        }
        var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) q.Write(w);
        stream.Position = 0;
        var back = QuantizedTable.Read(new BinaryReader(stream));
        var again = new float[4];
        back.Score(keys, again);
        Assert.Equal(scores, again);
        Assert.Equal(q.Scale, back.Scale);
    }

    [Fact]
    public void ACorruptHeaderIsRefused()
    {
        var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) { w.Write(99); w.Write(4); w.Write(1f); w.Write(0); }
        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => QuantizedTable.Read(new BinaryReader(stream)));
    }
}
