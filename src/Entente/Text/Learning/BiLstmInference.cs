using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Entente.Text.Learning;

/// <summary>
/// The weights of a bidirectional <see cref="Lstm"/> laid out for running it, not training it. Training wants each
/// gate's weights as one row (a dot product per gate and step, whose gradient is one row too); running wants the
/// transpose, so that a step adds one column of weights per non-zero input to all gates of both directions at once,
/// in register-held blocks (<see cref="AddProduct"/>), and skips the zero inputs (most of a word's flags). The
/// input projection of a whole sentence is done before the recurrence, since it does not depend on the hidden
/// state. Built once from the parameters; immutable and safe to share across threads.
/// </summary>
internal sealed class BiLstmInference
{
    private readonly int _input, _hidden;
    // Input × 8H: for each input, its weights into the forward then the backward gates.
    private readonly float[] _inputColumns;
    // The same weights in blocks of 16 outputs (BlockColumns), for the input projection; null where 8H is not a
    // multiple of 16 or the machine lacks 256-bit vectors.
    private readonly float[]? _inputBlocks;
    // 8H: forward then backward gate biases.
    private readonly float[] _bias;
    // H × 4H per direction: for each previous hidden unit, its weights into that direction's gates.
    private readonly float[] _forwardColumns, _backwardColumns;
    // The same in blocks of 16 outputs, to step up to four sentences at once; null where 4H is not a multiple of 16.
    private readonly float[]? _forwardBlocks, _backwardBlocks;

    /// <summary>Transposes the weights of <paramref name="forward"/> and <paramref name="backward"/> (each a slice of the shape <paramref name="layer"/> describes).</summary>
    public BiLstmInference(Lstm layer, ReadOnlySpan<float> forward, ReadOnlySpan<float> backward)
    {
        _input = layer.Input;
        _hidden = layer.Hidden;
        int g4 = 4 * _hidden, row = layer.Row;
        _inputColumns = new float[_input * 2 * g4];
        _bias = new float[2 * g4];
        _forwardColumns = new float[_hidden * g4];
        _backwardColumns = new float[_hidden * g4];
        Transpose(forward, 0, _forwardColumns);
        Transpose(backward, g4, _backwardColumns);
        if (Vector256.IsHardwareAccelerated && 2 * g4 % Block == 0) _inputBlocks = BlockColumns(_inputColumns, _input, 2 * g4);
        if (Vector256.IsHardwareAccelerated && g4 % Block == 0)
        {
            _forwardBlocks = BlockColumns(_forwardColumns, _hidden, g4);
            _backwardBlocks = BlockColumns(_backwardColumns, _hidden, g4);
        }

        void Transpose(ReadOnlySpan<float> w, int offset, float[] recurrent)
        {
            for (int r = 0; r < g4; r++)
            {
                var weights = w.Slice(r * row, row);
                for (int j = 0; j < _input; j++) _inputColumns[j * 2 * g4 + offset + r] = weights[j];
                for (int k = 0; k < _hidden; k++) recurrent[k * g4 + r] = weights[_input + k];
                _bias[offset + r] = w[g4 * row + r];
            }
        }
    }

    /// <summary>Floats of scratch that <see cref="Run"/> or <see cref="RunMany"/> needs for <paramref name="n"/> steps in all.</summary>
    public int ScratchSize(int n) => n * 8 * _hidden + 4 * _hidden;

    /// <summary>
    /// <see cref="Run"/> for several sentences, their rows one after another in <paramref name="x"/> (as many rows as
    /// <paramref name="lengths"/> add up to), their hidden states likewise in <paramref name="forward"/> and
    /// <paramref name="backward"/>. The input projection runs over all rows at once, and the recurrence steps four
    /// sentences together, so each step reads the recurrent weights (64 KB a direction, more than the L1 cache) once
    /// for four sentences. Each sentence gets exactly what <see cref="Run"/> gives it alone.
    /// </summary>
    public void RunMany(ReadOnlySpan<float> x, ReadOnlySpan<int> lengths, Span<float> forward, Span<float> backward, Span<float> scratch)
    {
        int n = 0;
        foreach (int len in lengths) n += len;
        int g8 = 8 * _hidden;
        var pre = scratch[..(n * g8)];
        for (int t = 0; t < n; t++) _bias.CopyTo(pre.Slice(t * g8, g8));
        if (_inputBlocks is not null) AddProducts(x, n, _input, _inputBlocks, g8, pre);
        else for (int t = 0; t < n; t++) AddProduct(x.Slice(t * _input, _input), _inputColumns, g8, pre.Slice(t * g8, g8));
        var rest = scratch[(n * g8)..];
        Span<int> starts = stackalloc int[4];
        for (int first = 0, start = 0; first < lengths.Length; first += 4)
        {
            int m = Math.Min(4, lengths.Length - first);
            var group = lengths.Slice(first, m);
            for (int g = 0; g < m; g++) { starts[g] = start; start += group[g]; }
            if (_forwardBlocks is null || m == 1)
                for (int g = 0; g < m; g++)
                {
                    var rows = pre.Slice(starts[g] * g8, group[g] * g8);
                    Recur(rows, 0, _forwardColumns, group[g], false, forward.Slice(starts[g] * _hidden), rest);
                    Recur(rows, 4 * _hidden, _backwardColumns, group[g], true, backward.Slice(starts[g] * _hidden), rest);
                }
            else
            {
                RecurTogether(pre, 0, _forwardBlocks, starts[..m], group, false, forward, rest);
                RecurTogether(pre, 4 * _hidden, _backwardBlocks!, starts[..m], group, true, backward, rest);
            }
        }
    }

    /// <summary>
    /// Runs both directions over <paramref name="n"/> steps of <paramref name="x"/> (n × Input), writing the forward
    /// hidden states to <paramref name="forward"/> and the backward ones to <paramref name="backward"/> (each n × Hidden,
    /// in word order). Gives what <see cref="Lstm.Forward"/> gives, up to the order in which floats are summed.
    /// </summary>
    public void Run(ReadOnlySpan<float> x, int n, Span<float> forward, Span<float> backward, Span<float> scratch) =>
        RunMany(x, new ReadOnlySpan<int>(in n), forward, backward, scratch);

    // Each step's gates are summed and activated in place in its slice of pre, which nothing reads afterwards.
    private void Recur(Span<float> pre, int offset, float[] recurrent, int n, bool reverse, Span<float> h, Span<float> scratch)
    {
        int hd = _hidden, g4 = 4 * hd, g8 = 8 * hd;
        var c = scratch[..hd];
        c.Clear();
        var columns = recurrent.AsSpan();
        for (int s = 0; s < n; s++)
        {
            int t = reverse ? n - 1 - s : s, prev = reverse ? t + 1 : t - 1;
            var gates = pre.Slice(t * g8 + offset, g4);
            if (s > 0) AddProduct(h.Slice(prev * hd, hd), columns, g4, gates);
            var ht = h.Slice(t * hd, hd);
            Lstm.Cell(gates, c, c, ht, ht);
        }
    }

    // Recur for two to four sentences in step: sentence g's rows start at starts[g]; a sentence that has run out of
    // steps sums into a spare row. Its gates get the same additions in the same order as Recur's AddProduct gives them.
    [SkipLocalsInit]
    private void RecurTogether(Span<float> pre, int offset, float[] blocks, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths,
        bool reverse, Span<float> h, Span<float> scratch)
    {
        int hd = _hidden, g4 = 4 * hd, g8 = 8 * hd, m = starts.Length, steps = 0;
        foreach (int len in lengths) steps = Math.Max(steps, len);
        var cells = scratch[..(4 * hd)];
        cells.Clear();
        Span<int> js = hd <= 1024 ? stackalloc int[hd] : new int[hd];
        Span<float> xs = hd <= 1024 ? stackalloc float[4 * hd] : new float[4 * hd];
        Span<float> spare = g4 <= 4096 ? stackalloc float[g4] : new float[g4];
        spare.Clear();
        for (int j = 0; j < hd; j++) js[j] = j * Block;
        Span<int> rows = stackalloc int[4];
        for (int s = 0; s < steps; s++)
        {
            for (int g = 0; g < 4; g++)
                rows[g] = g < m && s < lengths[g] ? starts[g] + (reverse ? lengths[g] - 1 - s : s) : -1;
            if (s > 0)
            {
                for (int g = 0; g < 4; g++)
                {
                    if (rows[g] < 0) { for (int j = 0; j < hd; j++) xs[4 * j + g] = 0; continue; }
                    var prev = h.Slice((reverse ? rows[g] + 1 : rows[g] - 1) * hd, hd);
                    for (int j = 0; j < hd; j++) xs[4 * j + g] = prev[j];
                }
                FourRows(blocks, hd, g4, js, xs,
                    ref Gates(pre, rows[0], offset, g8, spare), ref Gates(pre, rows[1], offset, g8, spare),
                    ref Gates(pre, rows[2], offset, g8, spare), ref Gates(pre, rows[3], offset, g8, spare));
            }
            for (int g = 0; g < m; g++)
            {
                if (rows[g] < 0) continue;
                var c = cells.Slice(g * hd, hd);
                var ht = h.Slice(rows[g] * hd, hd);
                Lstm.Cell(pre.Slice(rows[g] * g8 + offset, g4), c, c, ht, ht);
            }
        }
    }

    private static ref float Gates(Span<float> pre, int row, int offset, int g8, Span<float> spare) =>
        ref row < 0 ? ref MemoryMarshal.GetReference(spare) : ref pre[row * g8 + offset];

    /// <summary>Outputs per block of <see cref="BlockColumns"/>: two 256-bit vectors.</summary>
    internal const int Block = 16;

    /// <summary>
    /// Column-major weights (input × width: for each input, its weights into every output) rearranged for
    /// <see cref="AddProducts"/>: for each block of <see cref="Block"/> outputs, every input's weights into them, one
    /// after another, so that summing a block streams through one stretch of memory.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="width"/> is not a multiple of <see cref="Block"/>.</exception>
    internal static float[] BlockColumns(ReadOnlySpan<float> columns, int input, int width)
    {
        if (width % Block != 0 || columns.Length < input * width)
            throw new ArgumentException($"{input} columns of {width} outputs in blocks of {Block}");
        var blocked = new float[input * width];
        for (int j = 0; j < input; j++)
            for (int o = 0; o < width; o++)
                blocked[((o / Block) * input + j) * Block + o % Block] = columns[j * width + o];
        return blocked;
    }

    /// <summary>
    /// Each row t of <paramref name="target"/> (n rows of width floats) += Σ_j x[t, j] · column j of the weights,
    /// given as <see cref="BlockColumns"/> made them: <see cref="AddProduct"/> for n rows of <paramref name="x"/>
    /// (each <paramref name="input"/> floats), four rows at a time. Row by row, the whole weight matrix (hundreds of
    /// kilobytes, more than the L1 and much of the L2 cache) was read once per word and the input projection was most
    /// of the network's time; four rows share each load of a weight, and a block's weights are read in order. Every
    /// output still adds its inputs in the same order with fused multiply-adds, so the sums are those of AddProduct's
    /// register-blocked path (a zero input, or a missing fourth row, adds an exact zero): the shipped network scores
    /// exactly as before.
    /// </summary>
    /// <exception cref="ArgumentException">The spans are too short, or width is not a multiple of <see cref="Block"/>.</exception>
    [SkipLocalsInit]
    internal static void AddProducts(ReadOnlySpan<float> x, int n, int input, ReadOnlySpan<float> blocks, int width, Span<float> target)
    {
        if (x.Length < n * input || blocks.Length < input * width || target.Length < n * width || width % Block != 0)
            throw new ArgumentException($"{n} rows of {input} inputs and {width} outputs need {n * input} inputs, {input * width} weights and {n * width} outputs, in blocks of {Block}");
        // Per four rows, the inputs that are not zero in all of them (their offsets within a block, js) and their
        // four values side by side (xs): the inner loop then has no test, and broadcasts each value from memory.
        // js and xs are written before they are read (SkipLocalsInit: no zeroing per sentence).
        bool small = input <= 512 && width <= 2048;
        Span<int> js = small ? stackalloc int[input] : new int[input];
        Span<float> xs = small ? stackalloc float[4 * input] : new float[4 * input];
        // The rows missing from a sentence's last four (when its length is not a multiple of four) are summed into
        // this one row, which nothing reads; zeroed, so that it never holds a NaN or a subnormal.
        Span<float> spare = small ? stackalloc float[width] : new float[width];
        spare.Clear();
        ref float dummy = ref MemoryMarshal.GetReference(spare);
        for (int t = 0; t < n; t += 4)
        {
            int rows = Math.Min(4, n - t), k = 0;
            for (int j = 0; j < input; j++)
            {
                float v0 = x[t * input + j];
                float v1 = rows > 1 ? x[(t + 1) * input + j] : 0f;
                float v2 = rows > 2 ? x[(t + 2) * input + j] : 0f;
                float v3 = rows > 3 ? x[(t + 3) * input + j] : 0f;
                if (v0 == 0 && v1 == 0 && v2 == 0 && v3 == 0) continue;
                js[k] = j * Block;
                xs[4 * k] = v0; xs[4 * k + 1] = v1; xs[4 * k + 2] = v2; xs[4 * k + 3] = v3;
                k++;
            }
            ref float d0 = ref MemoryMarshal.GetReference(target.Slice(t * width, rows * width));
            FourRows(blocks, input, width, js[..k], xs, ref d0,
                ref rows > 1 ? ref Unsafe.Add(ref d0, width) : ref dummy,
                ref rows > 2 ? ref Unsafe.Add(ref d0, 2 * width) : ref dummy,
                ref rows > 3 ? ref Unsafe.Add(ref d0, 3 * width) : ref dummy);
        }
    }

    private static void FourRows(ReadOnlySpan<float> blocks, int input, int width, ReadOnlySpan<int> js, ReadOnlySpan<float> xs,
        ref float d0, ref float d1, ref float d2, ref float d3)
    {
        ref float v = ref MemoryMarshal.GetReference(xs);
        ref int jr = ref MemoryMarshal.GetReference(js);
        int k = js.Length;
        for (int block = 0; block < width; block += Block)
        {
            ref float bw = ref Unsafe.Add(ref MemoryMarshal.GetReference(blocks), block * input);
            nuint b = (nuint)block;
            var a00 = Vector256.LoadUnsafe(ref d0, b); var a01 = Vector256.LoadUnsafe(ref d0, b + 8);
            var a10 = Vector256.LoadUnsafe(ref d1, b); var a11 = Vector256.LoadUnsafe(ref d1, b + 8);
            var a20 = Vector256.LoadUnsafe(ref d2, b); var a21 = Vector256.LoadUnsafe(ref d2, b + 8);
            var a30 = Vector256.LoadUnsafe(ref d3, b); var a31 = Vector256.LoadUnsafe(ref d3, b + 8);
            for (int q = 0; q < k; q++)
            {
                nuint o = (nuint)Unsafe.Add(ref jr, q);
                var w0 = Vector256.LoadUnsafe(ref bw, o);
                var w1 = Vector256.LoadUnsafe(ref bw, o + 8);
                ref float vq = ref Unsafe.Add(ref v, 4 * q);
                var m = Vector256.Create(vq);
                a00 = Vector256.MultiplyAddEstimate(w0, m, a00); a01 = Vector256.MultiplyAddEstimate(w1, m, a01);
                m = Vector256.Create(Unsafe.Add(ref vq, 1));
                a10 = Vector256.MultiplyAddEstimate(w0, m, a10); a11 = Vector256.MultiplyAddEstimate(w1, m, a11);
                m = Vector256.Create(Unsafe.Add(ref vq, 2));
                a20 = Vector256.MultiplyAddEstimate(w0, m, a20); a21 = Vector256.MultiplyAddEstimate(w1, m, a21);
                m = Vector256.Create(Unsafe.Add(ref vq, 3));
                a30 = Vector256.MultiplyAddEstimate(w0, m, a30); a31 = Vector256.MultiplyAddEstimate(w1, m, a31);
            }
            a00.StoreUnsafe(ref d0, b); a01.StoreUnsafe(ref d0, b + 8);
            a10.StoreUnsafe(ref d1, b); a11.StoreUnsafe(ref d1, b + 8);
            a20.StoreUnsafe(ref d2, b); a21.StoreUnsafe(ref d2, b + 8);
            a30.StoreUnsafe(ref d3, b); a31.StoreUnsafe(ref d3, b + 8);
        }
    }

    /// <summary>
    /// <paramref name="target"/> (width floats) += Σ_j values[j] · column j of <paramref name="columns"/> (each width
    /// floats), skipping zero values. Blocks of 64 outputs stay in eight registers while every column adds to them,
    /// so a block is loaded and stored once; one library call per column instead costs more in calls than in
    /// arithmetic at these sizes.
    /// </summary>
    internal static void AddProduct(ReadOnlySpan<float> values, ReadOnlySpan<float> columns, int width, Span<float> target)
    {
        if (columns.Length < values.Length * width || target.Length < width)
            throw new ArgumentException($"{values.Length} columns of {width} need {values.Length * width} weights and {width} outputs");
        if (!Vector256.IsHardwareAccelerated || width % 64 != 0)
        {
            for (int j = 0; j < values.Length; j++)
                if (values[j] != 0) TensorPrimitives.MultiplyAdd(columns.Slice(j * width, width), values[j], target[..width], target[..width]);
            return;
        }
        ref float col = ref MemoryMarshal.GetReference(columns);
        ref float dst = ref MemoryMarshal.GetReference(target);
        for (int block = 0; block < width; block += 64)
        {
            nuint b = (nuint)block;
            var a0 = Vector256.LoadUnsafe(ref dst, b); var a1 = Vector256.LoadUnsafe(ref dst, b + 8);
            var a2 = Vector256.LoadUnsafe(ref dst, b + 16); var a3 = Vector256.LoadUnsafe(ref dst, b + 24);
            var a4 = Vector256.LoadUnsafe(ref dst, b + 32); var a5 = Vector256.LoadUnsafe(ref dst, b + 40);
            var a6 = Vector256.LoadUnsafe(ref dst, b + 48); var a7 = Vector256.LoadUnsafe(ref dst, b + 56);
            for (int j = 0; j < values.Length; j++)
            {
                float v = values[j];
                if (v == 0) continue;
                var m = Vector256.Create(v);
                nuint o = (nuint)(j * width) + b;
                a0 = Vector256.MultiplyAddEstimate(Vector256.LoadUnsafe(ref col, o), m, a0);
                a1 = Vector256.MultiplyAddEstimate(Vector256.LoadUnsafe(ref col, o + 8), m, a1);
                a2 = Vector256.MultiplyAddEstimate(Vector256.LoadUnsafe(ref col, o + 16), m, a2);
                a3 = Vector256.MultiplyAddEstimate(Vector256.LoadUnsafe(ref col, o + 24), m, a3);
                a4 = Vector256.MultiplyAddEstimate(Vector256.LoadUnsafe(ref col, o + 32), m, a4);
                a5 = Vector256.MultiplyAddEstimate(Vector256.LoadUnsafe(ref col, o + 40), m, a5);
                a6 = Vector256.MultiplyAddEstimate(Vector256.LoadUnsafe(ref col, o + 48), m, a6);
                a7 = Vector256.MultiplyAddEstimate(Vector256.LoadUnsafe(ref col, o + 56), m, a7);
            }
            a0.StoreUnsafe(ref dst, b); a1.StoreUnsafe(ref dst, b + 8); a2.StoreUnsafe(ref dst, b + 16); a3.StoreUnsafe(ref dst, b + 24);
            a4.StoreUnsafe(ref dst, b + 32); a5.StoreUnsafe(ref dst, b + 40); a6.StoreUnsafe(ref dst, b + 48); a7.StoreUnsafe(ref dst, b + 56);
        }
    }
}
