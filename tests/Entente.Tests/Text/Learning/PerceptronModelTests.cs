using Entente.Text.Learning;

namespace Entente.Tests.Text.Learning;

public class PerceptronModelTests
{
    private static PerceptronModel TrainToy()
    {
        // Class = parity of the feature "x" value; two features per instance.
        var trainer = new PerceptronTrainer(2);
        var scores = new float[2];
        for (int it = 0; it < 5; it++)
            for (int v = 0; v < 50; v++)
            {
                ulong[] f = [FeatureHash.Of(0), FeatureHash.Of(1, v.ToString())];
                trainer.Update(f, v % 2, trainer.Predict(f, scores));
            }
        return trainer.Average(prune: 0);
    }

    [Fact]
    public void LearnsASeparableProblem()
    {
        var model = TrainToy();
        var scores = new float[2];
        for (int v = 0; v < 50; v++)
            Assert.Equal(v % 2, model.Predict([FeatureHash.Of(0), FeatureHash.Of(1, v.ToString())], scores));
    }

    [Fact]
    public void SaveLoadKeepsScores()
    {
        var model = TrainToy();
        var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true)) model.Write(w);
        ms.Position = 0;
        var back = PerceptronModel.Read(new BinaryReader(ms));
        Assert.Equal(model.FeatureCount, back.FeatureCount);
        var a = new float[2]; var b = new float[2];
        for (int v = 0; v < 50; v++)
        {
            ulong[] f = [FeatureHash.Of(0), FeatureHash.Of(1, v.ToString())];
            model.Score(f, a); back.Score(f, b);
            Assert.Equal(a[0], b[0], 2);
            Assert.Equal(a[1], b[1], 2);
        }
    }

    // Read decodes its varints from the buffer of a MemoryStream that exposes one (here at an offset into a larger
    // array) and byte by byte from any other stream: both must read the same model and stop where it ends.
    [Fact]
    public void ReadGivesTheSameModelFromMemoryOrAnyStreamAndStopsAtItsEnd()
    {
        var model = TrainToy();
        var ms = new MemoryStream();
        ms.Write(new byte[7]);
        using (var w = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true)) { model.Write(w); w.Write(12345); }
        var bytes = ms.ToArray();
        Stream Source(int count, bool memory)
        {
            var s = new MemoryStream(bytes, 7, count, writable: false, publiclyVisible: true);
            return memory ? s : new BufferedStream(s);
        }
        var read = new[] { true, false }.Select(memory =>
        {
            using var r = new BinaryReader(Source(bytes.Length - 7, memory));
            var back = PerceptronModel.Read(r);
            Assert.Equal(12345, r.ReadInt32());
            return back;
        }).ToArray();
        Assert.Equal(model.WeightCount, read[0].WeightCount);
        var a = new float[2]; var b = new float[2]; var c = new float[2];
        for (int v = 0; v < 50; v++)
        {
            ulong[] f = [FeatureHash.Of(0), FeatureHash.Of(1, v.ToString())];
            model.Score(f, a); read[0].Score(f, b); read[1].Score(f, c);
            Assert.Equal(b, c);
            Assert.Equal(a[0], b[0], 2); // weights are stored in half precision
        }
        // Cut inside the varints: an error, not a model.
        foreach (bool memory in new[] { true, false })
            Assert.Throws<EndOfStreamException>(() => PerceptronModel.Read(new BinaryReader(Source(20, memory))));
    }

    [Fact]
    public void PruningDropsOnlyTheSmallWeights()
    {
        ulong a = FeatureHash.Of(1), b = FeatureHash.Of(2), c = FeatureHash.Of(3);
        ulong[] keys = [a, b, c];
        Array.Sort(keys);
        // Each key: one large and one small weight, except the last, whose weights are all small.
        var weights = keys.Select(k => k == keys[2] ? new[] { 0.1f, -0.2f } : new[] { 2f, -0.3f }).SelectMany(x => x).ToArray();
        var model = new PerceptronModel(2, keys, [0, 2, 4, 6], [0, 1, 0, 1, 0, 1], weights);
        var pruned = model.Pruned(0.5f);
        Assert.Equal(2, pruned.FeatureCount);
        Assert.Equal(2, pruned.WeightCount);
        var scores = new float[2];
        pruned.Score([keys[0]], scores);
        Assert.Equal([2f, 0f], scores);
        pruned.Score([keys[2]], scores);
        Assert.Equal([0f, 0f], scores);
        Assert.Equal(6, model.Pruned(0f).WeightCount);
    }

    [Fact]
    public void HashesSeparateParts()
    {
        Assert.NotEqual(FeatureHash.Of(3, "ab", "c"), FeatureHash.Of(3, "a", "bc"));
        Assert.NotEqual(FeatureHash.Of(3, "ab"), FeatureHash.Of(4, "ab"));
        Assert.Equal(FeatureHash.Of(5, "abc"), FeatureHash.OfLower(5, "ABC"));
    }
}
