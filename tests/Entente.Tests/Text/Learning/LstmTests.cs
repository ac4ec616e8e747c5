using Entente.Text.Learning;

namespace Entente.Tests.Text.Learning;

public class LstmTests
{
    // Loss = Σ h ⊙ r over all steps, so dLoss/dh = r; the analytic gradients must match finite differences.
    private static float Loss(Lstm lstm, float[] w, float[] x, int n, bool reverse, float[] r)
    {
        var h = new float[n * lstm.Hidden];
        lstm.Forward(w, x, n, reverse, h, new float[n * lstm.StateWidth]);
        float s = 0;
        for (int i = 0; i < h.Length; i++) s += h[i] * r[i];
        return s;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void BackwardGivesTheGradientsOfFiniteDifferences(bool reverse)
    {
        var rng = new Random(3);
        var lstm = new Lstm(3, 2);
        int n = 4;
        var w = new float[lstm.Parameters];
        lstm.Initialise(w, rng);
        for (int i = 0; i < w.Length; i++) w[i] += (float)(rng.NextDouble() - 0.5); // biases too
        var x = Enumerable.Range(0, n * 3).Select(_ => (float)(rng.NextDouble() * 2 - 1)).ToArray();
        var r = Enumerable.Range(0, n * 2).Select(_ => (float)(rng.NextDouble() * 2 - 1)).ToArray();
        var h = new float[n * 2];
        var state = new float[n * lstm.StateWidth];
        lstm.Forward(w, x, n, reverse, h, state);
        var dw = new float[w.Length];
        var dx = new float[x.Length];
        lstm.Backward(w, state, r, n, reverse, dw, dx, new float[6 * 2 + lstm.Row]);
        // Each weight and each input in turn, nudged both ways.
        void Check(float[] values, float[] analytic)
        {
            const float eps = 1e-2f;
            for (int i = 0; i < values.Length; i++)
            {
                float keep = values[i];
                values[i] = keep + eps; float up = Loss(lstm, w, x, n, reverse, r);
                values[i] = keep - eps; float down = Loss(lstm, w, x, n, reverse, r);
                values[i] = keep;
                Assert.Equal((up - down) / (2 * eps), analytic[i], 0.003f);
            }
        }
        Check(w, dw);
        Check(x, dx);
    }

    [Fact]
    public void ReverseReadsTheSentenceFromTheRight()
    {
        var lstm = new Lstm(1, 1);
        var w = new float[lstm.Parameters];
        lstm.Initialise(w, new Random(1));
        float[] x = [1, 0, 0], left = new float[3], right = new float[3];
        lstm.Forward(w, x, 3, false, left, new float[3 * lstm.StateWidth]);
        lstm.Forward(w, x, 3, true, right, new float[3 * lstm.StateWidth]);
        // Left to right, the first word's signal reaches the last step; right to left, only the first step sees it.
        Assert.NotEqual(0f, left[2]);
        Assert.Equal(right[1], right[2]);
        Assert.NotEqual(right[1], right[0]);
    }
}
