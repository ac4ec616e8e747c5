using System.Numerics.Tensors;

namespace Entente.Text.Learning;

/// <summary>
/// One direction of a long short-term memory layer over a sentence, forward and backward. Weights are one slice of
/// a network's parameter array: 4H rows of (input + H) weights for the gates in the order input, forget, cell,
/// output, then 4H biases. Row-major rows let each gate be one contiguous dot product with the step's input and
/// previous state, which <see cref="TensorPrimitives"/> vectorises; nothing here allocates.
/// </summary>
internal readonly struct Lstm
{
    /// <summary>Creates the shape of a layer.</summary>
    public Lstm(int input, int hidden)
    {
        Input = input;
        Hidden = hidden;
    }

    /// <summary>Input width.</summary>
    public int Input { get; }

    /// <summary>Hidden (and cell) width.</summary>
    public int Hidden { get; }

    /// <summary>Width of one step's gate input: the word's input, then the previous hidden state.</summary>
    public int Row => Input + Hidden;

    /// <summary>Number of parameters (weights and biases).</summary>
    public int Parameters => 4 * Hidden * (Row + 1);

    /// <summary>Floats of state kept per step for the backward pass.</summary>
    public int StateWidth => Row + 7 * Hidden;

    /// <summary>
    /// Runs the layer over <paramref name="n"/> steps of <paramref name="x"/> (n × Input), right to left when
    /// <paramref name="reverse"/>, writing each step's hidden state to <paramref name="h"/> (n × Hidden, in word
    /// order) and what the backward pass needs to <paramref name="state"/> (n × <see cref="StateWidth"/>).
    /// </summary>
    public void Forward(ReadOnlySpan<float> w, ReadOnlySpan<float> x, int n, bool reverse, Span<float> h, Span<float> state)
    {
        int hd = Hidden, row = Row, g4 = 4 * hd;
        var bias = w.Slice(g4 * row, g4);
        for (int s = 0; s < n; s++)
        {
            int t = reverse ? n - 1 - s : s, prev = reverse ? t + 1 : t - 1;
            var st = state.Slice(t * StateWidth, StateWidth);
            var cat = st[..row];
            var gates = st.Slice(row, g4);
            var c = st.Slice(row + g4, hd);
            var tc = st.Slice(row + 5 * hd, hd);
            var cPrev = st.Slice(row + 6 * hd, hd);
            x.Slice(t * Input, Input).CopyTo(cat);
            bool first = s == 0;
            if (first) { cat[Input..].Clear(); cPrev.Clear(); }
            else
            {
                h.Slice(prev * hd, hd).CopyTo(cat[Input..]);
                state.Slice(prev * StateWidth + row + g4, hd).CopyTo(cPrev);
            }
            for (int r = 0; r < g4; r++) gates[r] = TensorPrimitives.Dot(w.Slice(r * row, row), cat) + bias[r];
            Cell(gates, cPrev, c, tc, h.Slice(t * hd, hd));
        }
    }

    /// <summary>
    /// One step's cell from its gate pre-activations (input, forget, cell, output; activated in place):
    /// c = f ⊙ c_prev + i ⊙ g, tanh(c) into <paramref name="tanhC"/>, h = o ⊙ tanh(c). <paramref name="cPrev"/> may
    /// be <paramref name="c"/> and <paramref name="tanhC"/> may be <paramref name="h"/> (the scoring path keeps no state).
    /// </summary>
    internal static void Cell(Span<float> gates, ReadOnlySpan<float> cPrev, Span<float> c, Span<float> tanhC, Span<float> h)
    {
        int hd = c.Length;
        var gi = gates[..hd];
        var gf = gates.Slice(hd, hd);
        var gg = gates.Slice(2 * hd, hd);
        var go = gates.Slice(3 * hd, hd);
        TensorPrimitives.Sigmoid(gi, gi);
        TensorPrimitives.Sigmoid(gf, gf);
        TensorPrimitives.Tanh(gg, gg);
        TensorPrimitives.Sigmoid(go, go);
        TensorPrimitives.Multiply(gf, cPrev, c);
        TensorPrimitives.MultiplyAdd(gi, gg, c, c);
        TensorPrimitives.Tanh(c, tanhC);
        TensorPrimitives.Multiply(go, tanhC, h);
    }

    /// <summary>
    /// Back-propagates <paramref name="dh"/> (n × Hidden, the loss gradient of each step's output) through time:
    /// adds the weight gradient to <paramref name="dw"/> and, when <paramref name="dx"/> is not empty, adds the input
    /// gradient to it (n × Input). <paramref name="scratch"/> needs 6 × Hidden + Row floats.
    /// </summary>
    public void Backward(ReadOnlySpan<float> w, ReadOnlySpan<float> state, ReadOnlySpan<float> dh, int n, bool reverse,
        Span<float> dw, Span<float> dx, Span<float> scratch)
    {
        int hd = Hidden, row = Row, g4 = 4 * hd;
        var dhNext = scratch[..hd];
        var dcNext = scratch.Slice(hd, hd);
        var dz = scratch.Slice(2 * hd, g4);
        var dcat = scratch.Slice(6 * hd, row);
        dhNext.Clear();
        dcNext.Clear();
        var dbias = dw.Slice(g4 * row, g4);
        for (int s = n - 1; s >= 0; s--)
        {
            int t = reverse ? n - 1 - s : s;
            var st = state.Slice(t * StateWidth, StateWidth);
            var cat = st[..row];
            var gates = st.Slice(row, g4);
            var tc = st.Slice(row + 5 * hd, hd);
            var cPrev = st.Slice(row + 6 * hd, hd);
            var dht = dh.Slice(t * hd, hd);
            for (int k = 0; k < hd; k++)
            {
                float i = gates[k], f = gates[hd + k], g = gates[2 * hd + k], o = gates[3 * hd + k];
                float d = dht[k] + dhNext[k];
                float tck = tc[k];
                float dc = d * o * (1 - tck * tck) + dcNext[k];
                dz[k] = dc * g * i * (1 - i);
                dz[hd + k] = dc * cPrev[k] * f * (1 - f);
                dz[2 * hd + k] = dc * i * (1 - g * g);
                dz[3 * hd + k] = d * tck * o * (1 - o);
                dcNext[k] = dc * f;
            }
            dcat.Clear();
            for (int r = 0; r < g4; r++)
            {
                float z = dz[r];
                if (z == 0) continue;
                var wr = w.Slice(r * row, row);
                var dwr = dw.Slice(r * row, row);
                TensorPrimitives.MultiplyAdd(cat, z, dwr, dwr);
                TensorPrimitives.MultiplyAdd(wr, z, dcat, dcat);
                dbias[r] += z;
            }
            if (!dx.IsEmpty)
            {
                var dxt = dx.Slice(t * Input, Input);
                TensorPrimitives.Add(dxt, dcat[..Input], dxt);
            }
            // The first step's previous state was zeros, so what flows past it is dropped.
            dcat[Input..].CopyTo(dhNext);
        }
    }

    /// <summary>Initial weights: uniform in ±1/√H, forget-gate biases 1 so that early training keeps memory.</summary>
    public void Initialise(Span<float> w, Random rng)
    {
        int hd = Hidden, g4 = 4 * hd;
        float a = 1f / MathF.Sqrt(hd);
        for (int i = 0; i < g4 * Row; i++) w[i] = (float)(rng.NextDouble() * 2 - 1) * a;
        var bias = w.Slice(g4 * Row, g4);
        bias.Clear();
        bias.Slice(hd, hd).Fill(1f);
    }
}
