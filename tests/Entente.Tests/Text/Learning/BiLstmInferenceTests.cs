using Entente.Text.Learning;

namespace Entente.Tests.Text.Learning;

public class BiLstmInferenceTests
{
    // Hidden 6: gate widths that are not multiples of 64 (the plain path); 16: 64 and 128 (the register-blocked path).
    [Theory]
    [InlineData(1, 6)]
    [InlineData(7, 6)]
    [InlineData(1, 16)]
    [InlineData(7, 16)]
    public void RunGivesTheHiddenStatesOfTheTrainingForwardPass(int n, int hidden)
    {
        var rng = new Random(5);
        var lstm = new Lstm(11, hidden);
        var wf = new float[lstm.Parameters];
        var wb = new float[lstm.Parameters];
        lstm.Initialise(wf, rng);
        lstm.Initialise(wb, rng);
        // Biases and weights off their initial values, and a third of the inputs exactly zero (the skipped case).
        for (int i = 0; i < wf.Length; i++) { wf[i] += (float)(rng.NextDouble() - 0.5); wb[i] += (float)(rng.NextDouble() - 0.5); }
        var x = Enumerable.Range(0, n * 11).Select(i => i % 3 == 0 ? 0f : (float)(rng.NextDouble() * 4 - 2)).ToArray();
        var expectedF = new float[n * hidden];
        var expectedB = new float[n * hidden];
        lstm.Forward(wf, x, n, false, expectedF, new float[n * lstm.StateWidth]);
        lstm.Forward(wb, x, n, true, expectedB, new float[n * lstm.StateWidth]);

        var run = new BiLstmInference(lstm, wf, wb);
        var f = new float[n * hidden];
        var b = new float[n * hidden];
        run.Run(x, n, f, b, new float[run.ScratchSize(n)]);

        for (int i = 0; i < f.Length; i++)
        {
            Assert.Equal(expectedF[i], f[i], 5);
            Assert.Equal(expectedB[i], b[i], 5);
        }
        Assert.Contains(f, v => MathF.Abs(v) > 0.05f); // not a trivially zero network
    }

    [Theory]
    [InlineData(64)]
    [InlineData(128)]
    [InlineData(40)]
    public void AddProductAddsTheWeightedColumns(int width)
    {
        var rng = new Random(9);
        var values = Enumerable.Range(0, 13).Select(j => j % 4 == 0 ? 0f : (float)(rng.NextDouble() * 2 - 1)).ToArray();
        var columns = Enumerable.Range(0, 13 * width).Select(_ => (float)(rng.NextDouble() * 2 - 1)).ToArray();
        var target = Enumerable.Range(0, width).Select(i => (float)i).ToArray();
        var expected = target.Select((t, i) => t + Enumerable.Range(0, 13).Sum(j => values[j] * columns[j * width + i])).ToArray();
        BiLstmInference.AddProduct(values, columns, width, target);
        for (int i = 0; i < width; i++) Assert.InRange(MathF.Abs(expected[i] - target[i]), 0f, 1e-5f * (1 + MathF.Abs(expected[i])));
        Assert.Throws<ArgumentException>(() => BiLstmInference.AddProduct(values, columns.AsSpan(1).ToArray(), width, new float[width]));
    }

    // n of 1 and 3: only a short last block of rows; 4, 6 and 9: blocks of four rows and a short one.
    [Theory]
    [InlineData(1, 16)]
    [InlineData(3, 48)]
    [InlineData(4, 64)]
    [InlineData(6, 16)]
    [InlineData(9, 48)]
    [InlineData(7, 512)]
    public void AddProductsGivesTheSumsOfAddProductRowByRow(int n, int width)
    {
        const int input = 23;
        var rng = new Random(11);
        // Zeros in some rows only, and input 5 zero in every row: both skipped cases.
        var x = Enumerable.Range(0, n * input).Select(i => i % input == 5 || rng.Next(3) == 0 ? 0f : (float)(rng.NextDouble() * 2 - 1)).ToArray();
        var columns = Enumerable.Range(0, input * width).Select(_ => (float)(rng.NextDouble() * 2 - 1)).ToArray();
        var start = Enumerable.Range(0, n * width).Select(i => (float)(i % 7) - 3).ToArray();
        var expected = start.ToArray();
        for (int t = 0; t < n; t++) BiLstmInference.AddProduct(x.AsSpan(t * input, input), columns, width, expected.AsSpan(t * width, width));
        var actual = start.ToArray();
        var blocks = BiLstmInference.BlockColumns(columns, input, width);
        BiLstmInference.AddProducts(x, n, input, blocks, width, actual);
        // Where AddProduct fuses its multiply-adds too (widths of 64), the same additions in the same order: equal, not
        // merely close; elsewhere it multiplies and adds apart, and the last bits may differ.
        if (width % 64 == 0) Assert.Equal(expected, actual);
        else for (int i = 0; i < expected.Length; i++) Assert.InRange(MathF.Abs(expected[i] - actual[i]), 0f, 1e-5f * (1 + MathF.Abs(expected[i])));
        Assert.NotEqual(start, actual);
        Assert.Throws<ArgumentException>(() => BiLstmInference.AddProducts(x, n + 1, input, blocks, width, new float[(n + 1) * width]));
        Assert.Throws<ArgumentException>(() => BiLstmInference.BlockColumns(new float[input * 40], input, 40));
    }

    // Six sentences: a group of four stepped together (lengths differ, so some run out early) and a group of two.
    // Hidden 16: gates of 64, stepped together; hidden 6: one sentence at a time. Either way each sentence gets
    // exactly what it gets alone.
    [Theory]
    [InlineData(16)]
    [InlineData(6)]
    public void RunManyGivesEachSentenceWhatRunGivesItAlone(int hidden)
    {
        int[] lengths = [3, 1, 5, 2, 7, 4];
        int input = 11, total = lengths.Sum();
        var rng = new Random(7);
        var lstm = new Lstm(input, hidden);
        var wf = new float[lstm.Parameters];
        var wb = new float[lstm.Parameters];
        lstm.Initialise(wf, rng);
        lstm.Initialise(wb, rng);
        for (int i = 0; i < wf.Length; i++) { wf[i] += (float)(rng.NextDouble() - 0.5); wb[i] += (float)(rng.NextDouble() - 0.5); }
        var x = Enumerable.Range(0, total * input).Select(i => i % 4 == 0 ? 0f : (float)(rng.NextDouble() * 4 - 2)).ToArray();
        var run = new BiLstmInference(lstm, wf, wb);
        var f = new float[total * hidden];
        var b = new float[total * hidden];
        run.RunMany(x, lengths, f, b, new float[run.ScratchSize(total)]);
        int start = 0;
        foreach (int n in lengths)
        {
            var fa = new float[n * hidden];
            var ba = new float[n * hidden];
            run.Run(x.AsSpan(start * input, n * input), n, fa, ba, new float[run.ScratchSize(n)]);
            Assert.Equal(fa, f.AsSpan(start * hidden, n * hidden).ToArray());
            Assert.Equal(ba, b.AsSpan(start * hidden, n * hidden).ToArray());
            start += n;
        }
        Assert.Contains(f, v => MathF.Abs(v) > 0.05f);
    }
}
