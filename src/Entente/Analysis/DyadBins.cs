namespace Entente.Analysis;

/// <summary>
/// Events summed per directed dyad and period: counts by quad class and the positive and negative
/// parts of the Goldstein sum. The store keeps the same sums (daily and monthly), so analyses load
/// these bins instead of every event. Columns, like <see cref="EventTable"/>.
/// </summary>
public sealed class DyadBins
{
    private int[] _period = new int[256], _source = new int[256], _target = new int[256], _counts = new int[1024];
    private double[] _positive = new double[256], _negative = new double[256];

    /// <summary>Creates empty bins of the given width.</summary>
    public DyadBins(ActorIndex actors, Granularity granularity)
    {
        Actors = actors;
        Granularity = granularity;
    }

    /// <summary>The actor ids' codes.</summary>
    public ActorIndex Actors { get; }

    /// <summary>The width of one bin.</summary>
    public Granularity Granularity { get; }

    /// <summary>Number of bins.</summary>
    public int Count { get; private set; }

    /// <summary>Day number of each bin's first day.</summary>
    public ReadOnlySpan<int> Period => _period.AsSpan(0, Count);
    /// <summary>Source actor ids.</summary>
    public ReadOnlySpan<int> Source => _source.AsSpan(0, Count);
    /// <summary>Target actor ids.</summary>
    public ReadOnlySpan<int> Target => _target.AsSpan(0, Count);
    /// <summary>Sum of the positive Goldstein scores (cooperation intensity).</summary>
    public ReadOnlySpan<double> Positive => _positive.AsSpan(0, Count);
    /// <summary>Sum of the magnitudes of negative Goldstein scores (conflict intensity).</summary>
    public ReadOnlySpan<double> Negative => _negative.AsSpan(0, Count);

    /// <summary>Number of events of quad class <paramref name="quad"/> (1–4) in bin <paramref name="bin"/>.</summary>
    public int QuadCount(int bin, int quad) => _counts[bin * 4 + quad - 1];

    /// <summary>Number of events in bin <paramref name="bin"/>.</summary>
    public int Events(int bin)
    {
        int o = bin * 4;
        return _counts[o] + _counts[o + 1] + _counts[o + 2] + _counts[o + 3];
    }

    /// <summary>Adds a bin and returns its index.</summary>
    public int Add(int period, int source, int target, int q1, int q2, int q3, int q4, double positive, double negative)
    {
        if (Count == _period.Length) Grow();
        int b = Count++;
        _period[b] = period;
        _source[b] = source;
        _target[b] = target;
        _counts[b * 4] = q1;
        _counts[b * 4 + 1] = q2;
        _counts[b * 4 + 2] = q3;
        _counts[b * 4 + 3] = q4;
        _positive[b] = positive;
        _negative[b] = negative;
        return b;
    }

    /// <summary>Adds one event of quad class <paramref name="quad"/> to bin <paramref name="bin"/>.</summary>
    public void Accumulate(int bin, int quad, double positive, double negative)
    {
        _counts[bin * 4 + quad - 1]++;
        _positive[bin] += positive;
        _negative[bin] += negative;
    }

    private void Grow()
    {
        int n = _period.Length * 2;
        Array.Resize(ref _period, n);
        Array.Resize(ref _source, n);
        Array.Resize(ref _target, n);
        Array.Resize(ref _counts, n * 4);
        Array.Resize(ref _positive, n);
        Array.Resize(ref _negative, n);
    }
}
