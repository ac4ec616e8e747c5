using Entente.Text.Learning;

namespace Entente.Tests.Text.Learning;

public class BiLstmInferenceTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void RunGivesTheHiddenStatesOfTheTrainingForwardPass(int n)
    {
        var rng = new Random(5);
        var lstm = new Lstm(11, 6);
        var wf = new float[lstm.Parameters];
        var wb = new float[lstm.Parameters];
        lstm.Initialise(wf, rng);
        lstm.Initialise(wb, rng);
        // Biases and weights off their initial values, and a third of the inputs exactly zero (the skipped case).
        for (int i = 0; i < wf.Length; i++) { wf[i] += (float)(rng.NextDouble() - 0.5); wb[i] += (float)(rng.NextDouble() - 0.5); }
        var x = Enumerable.Range(0, n * 11).Select(i => i % 3 == 0 ? 0f : (float)(rng.NextDouble() * 4 - 2)).ToArray();
        var expectedF = new float[n * 6];
        var expectedB = new float[n * 6];
        lstm.Forward(wf, x, n, false, expectedF, new float[n * lstm.StateWidth]);
        lstm.Forward(wb, x, n, true, expectedB, new float[n * lstm.StateWidth]);

        var run = new BiLstmInference(lstm, wf, wb);
        var f = new float[n * 6];
        var b = new float[n * 6];
        run.Run(x, n, f, b, new float[run.ScratchSize(n)]);

        for (int i = 0; i < f.Length; i++)
        {
            Assert.Equal(expectedF[i], f[i], 5);
            Assert.Equal(expectedB[i], b[i], 5);
        }
        Assert.Contains(f, v => MathF.Abs(v) > 0.05f); // not a trivially zero network
    }
}
