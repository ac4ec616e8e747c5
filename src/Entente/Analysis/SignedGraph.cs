namespace Entente.Analysis;

/// <summary>
/// The undirected, signed, weighted graph of actors: the weight of a pair is the time-decayed sum of
/// the Goldstein scores of the events between them in both directions (cooperation positive, conflict
/// negative); the magnitude is the decayed sum of their absolute values. Dense n × n matrices: the
/// graph of states is small (a few hundred nodes).
/// </summary>
public sealed class SignedGraph
{
    private readonly double[] _weight, _magnitude, _events;

    /// <summary>Creates an empty graph over <paramref name="nodes"/>.</summary>
    public SignedGraph(IReadOnlyList<string> nodes, double prior = 10)
    {
        Nodes = nodes;
        Prior = prior;
        int n = nodes.Count;
        _weight = new double[n * n];
        _magnitude = new double[n * n];
        _events = new double[n * n];
    }

    /// <summary>Node codes; node <c>i</c> is <c>Nodes[i]</c>.</summary>
    public IReadOnlyList<string> Nodes { get; }

    /// <summary>Number of nodes.</summary>
    public int Count => Nodes.Count;

    /// <summary>The pseudo-magnitude of <see cref="Score"/>.</summary>
    public double Prior { get; }

    /// <summary>Signed weight of the pair (symmetric).</summary>
    public double Weight(int i, int j) => _weight[i * Count + j];

    /// <summary>Decayed sum of absolute Goldstein scores of the pair.</summary>
    public double Magnitude(int i, int j) => _magnitude[i * Count + j];

    /// <summary>Decayed number of events between the pair.</summary>
    public double Events(int i, int j) => _events[i * Count + j];

    /// <summary>The row of signed weights of node <paramref name="i"/>.</summary>
    public ReadOnlySpan<double> Row(int i) => _weight.AsSpan(i * Count, Count);

    /// <summary>
    /// Alignment of the pair from −1 (pure conflict) to +1 (pure cooperation), shrunk towards 0 when
    /// little is known: weight / (magnitude + prior).
    /// </summary>
    public double Score(int i, int j) => Weight(i, j) / (Magnitude(i, j) + Prior);

    /// <summary>The node index of <paramref name="code"/>, or -1.</summary>
    public int IndexOf(string code)
    {
        for (int i = 0; i < Count; i++) if (string.Equals(Nodes[i], code, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    /// <summary>Adds decayed evidence to the pair in both directions of the matrix.</summary>
    public void Add(int i, int j, double signed, double magnitude, double events)
    {
        if (i == j) return;
        int a = i * Count + j, b = j * Count + i;
        _weight[a] += signed; _weight[b] += signed;
        _magnitude[a] += magnitude; _magnitude[b] += magnitude;
        _events[a] += events; _events[b] += events;
    }

    /// <summary>Sum of the absolute weights of node <paramref name="i"/>'s ties.</summary>
    public double Strength(int i)
    {
        double s = 0;
        foreach (var w in Row(i)) s += Math.Abs(w);
        return s;
    }
}
