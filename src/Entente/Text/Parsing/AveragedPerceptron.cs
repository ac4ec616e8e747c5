namespace Entente.Text.Parsing;

/// <summary>
/// Training wrapper of a <see cref="WeightTable"/> with weight averaging (the lazy form: each update
/// also adds step × delta to an accumulator, and the average is w − acc / steps).
/// </summary>
internal sealed class AveragedPerceptron
{
    private readonly double[] _acc;

    /// <summary>The current (non-averaged) weights, used for decisions during training.</summary>
    public WeightTable Table { get; }

    /// <summary>Number of training instances seen; call <see cref="Tick"/> once per instance.</summary>
    public long Steps { get; private set; } = 1;

    /// <summary>Creates zero weights.</summary>
    public AveragedPerceptron(int bits, int classes)
    {
        Table = new WeightTable(bits, classes);
        _acc = new double[Table.Weights.Length];
    }

    /// <summary>Advances the instance counter.</summary>
    public void Tick() => Steps++;

    /// <summary>Rewards class <paramref name="good"/> and penalises <paramref name="bad"/> on every key.</summary>
    public void Update(ReadOnlySpan<ulong> keys, int good, int bad)
    {
        var w = Table.Weights;
        double step = Steps;
        foreach (ulong k in keys)
        {
            int row = Table.Row(k);
            w[row + good] += 1f; _acc[row + good] += step;
            w[row + bad] -= 1f; _acc[row + bad] -= step;
        }
    }

    /// <summary>Adds <paramref name="delta"/> to class <paramref name="cls"/> on every key (global, per-sequence updates).</summary>
    public void Add(ReadOnlySpan<ulong> keys, int cls, float delta)
    {
        var w = Table.Weights;
        double step = Steps * (double)delta;
        foreach (ulong k in keys)
        {
            int row = Table.Row(k) + cls;
            w[row] += delta; _acc[row] += step;
        }
    }

    /// <summary>The averaged weights as a new table.</summary>
    public WeightTable Averaged()
    {
        var t = new WeightTable(Table.Bits, Table.Classes);
        var w = Table.Weights;
        double steps = Steps;
        for (int i = 0; i < w.Length; i++) t.Weights[i] = (float)(w[i] - _acc[i] / steps);
        return t;
    }
}
