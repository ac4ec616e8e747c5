namespace Entente.Text.Learning;

/// <summary>
/// Trains a multi-class averaged perceptron over hashed features. Weights are kept sparse per
/// feature (only classes that were ever updated), with lazy averaging by timestamps, so memory
/// grows with the number of updates rather than features × classes.
/// </summary>
public sealed class PerceptronTrainer
{
    private sealed class Row
    {
        public int Count;
        public int[] Classes = new int[2];
        public float[] Weights = new float[2];
        public double[] Totals = new double[2];
        public int[] Stamps = new int[2];

        public int Find(int cls)
        {
            for (int i = 0; i < Count; i++) if (Classes[i] == cls) return i;
            return -1;
        }

        public int Add(int cls)
        {
            if (Count == Classes.Length)
            {
                int n = Count * 2;
                Array.Resize(ref Classes, n); Array.Resize(ref Weights, n);
                Array.Resize(ref Totals, n); Array.Resize(ref Stamps, n);
            }
            Classes[Count] = cls;
            return Count++;
        }
    }

    private readonly Dictionary<ulong, Row> _rows = new();
    private int _instances;

    /// <summary>Creates a trainer for <paramref name="classCount"/> classes.</summary>
    public PerceptronTrainer(int classCount) => ClassCount = classCount;

    /// <summary>Number of classes.</summary>
    public int ClassCount { get; }

    /// <summary>Adds the current (unaveraged) weights of <paramref name="features"/> into <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(f, out var row)) continue;
            for (int i = 0; i < row.Count; i++) scores[row.Classes[i]] += row.Weights[i];
        }
    }

    /// <summary>Predicts the best class with the current weights.</summary>
    public int Predict(ReadOnlySpan<ulong> features, Span<float> scratch)
    {
        Score(features, scratch);
        return ArgMax(scratch);
    }

    /// <summary>Records one training instance: when <paramref name="guess"/> differs from <paramref name="truth"/>, moves weights.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        _instances++;
        if (truth == guess) return;
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(f, out var row)) { row = new Row(); _rows[f] = row; }
            Bump(row, truth, 1f);
            Bump(row, guess, -1f);
        }
    }

    /// <summary>
    /// Moves the weight of (<paramref name="feature"/>, <paramref name="cls"/>) by <paramref name="delta"/>
    /// without counting an instance: for structured updates of features shared across positions.
    /// </summary>
    public void Adjust(ulong feature, int cls, float delta)
    {
        if (!_rows.TryGetValue(feature, out var row)) { row = new Row(); _rows[feature] = row; }
        Bump(row, cls, delta);
    }

    private void Bump(Row row, int cls, float delta)
    {
        int i = row.Find(cls);
        if (i < 0) { i = row.Add(cls); row.Stamps[i] = _instances; }
        row.Totals[i] += (double)(_instances - row.Stamps[i]) * row.Weights[i];
        row.Stamps[i] = _instances;
        row.Weights[i] += delta;
    }

    /// <summary>
    /// Builds the averaged model, dropping weights whose magnitude is below <paramref name="prune"/>.
    /// </summary>
    public PerceptronModel Average(float prune = 1e-3f)
    {
        var keys = new List<ulong>(_rows.Count);
        var offsets = new List<int>(_rows.Count + 1) { 0 };
        var classes = new List<ushort>();
        var weights = new List<float>();
        foreach (var (key, row) in _rows.OrderBy(kv => kv.Key))
        {
            int before = classes.Count;
            for (int i = 0; i < row.Count; i++)
            {
                double total = row.Totals[i] + (double)(_instances - row.Stamps[i]) * row.Weights[i];
                float avg = (float)(total / Math.Max(1, _instances));
                if (Math.Abs(avg) < prune) continue;
                classes.Add((ushort)row.Classes[i]);
                weights.Add(avg);
            }
            if (classes.Count == before) continue;
            keys.Add(key);
            offsets.Add(classes.Count);
        }
        return new PerceptronModel(ClassCount, keys.ToArray(), offsets.ToArray(), classes.ToArray(), weights.ToArray());
    }

    /// <summary>Index of the largest score (the first on ties).</summary>
    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int i = 1; i < scores.Length; i++) if (scores[i] > scores[best]) best = i;
        return best;
    }
}
