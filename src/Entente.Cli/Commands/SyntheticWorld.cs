using Entente.Analysis;

namespace Entente.Cli.Commands;

/// <summary>
/// States in planted blocs with skewed activity (a few states make most of the news), for the
/// analysis benchmark. Deterministic for a given size.
/// </summary>
public sealed class SyntheticWorld
{
    /// <summary>A state: its three-letter code, planted bloc and activity weight.</summary>
    public sealed record State(string Code, int Bloc, double Activity);

    /// <summary>Creates <paramref name="states"/> states split round-robin into <paramref name="blocs"/> blocs.</summary>
    public SyntheticWorld(int states, int blocs)
    {
        if (states is < 2 or > 26 * 26 * 26) throw new UsageException("--states must be between 2 and 17576");
        if (blocs < 1 || blocs > states) throw new UsageException("--blocs must be between 1 and the number of states");
        Blocs = blocs;
        States = Enumerable.Range(0, states)
            .Select(i => new State(Code(i), i % blocs, 1 / Math.Pow(i + 1, 0.8)))
            .ToArray();
        Cumulative = new double[states];
        double sum = 0;
        for (int i = 0; i < states; i++) Cumulative[i] = sum += States[i].Activity;
        for (int i = 0; i < states; i++) Cumulative[i] /= sum;
    }

    /// <summary>Number of planted blocs.</summary>
    public int Blocs { get; }

    /// <summary>The states, most active first.</summary>
    public State[] States { get; }

    private double[] Cumulative { get; }

    /// <summary>A state drawn by activity.</summary>
    public int Draw(Random rng)
    {
        int i = Array.BinarySearch(Cumulative, rng.NextDouble());
        return Math.Min(i < 0 ? ~i : i, States.Length - 1);
    }

    /// <summary>Rand index of a found partition against the planted blocs, over the graph's states.</summary>
    public double RandIndex(SignedGraph graph, BlocPartition found)
    {
        var planted = new Dictionary<string, int>(StringComparer.Ordinal);
        var got = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in States) planted[s.Code] = s.Bloc;
        for (int i = 0; i < graph.Count; i++) if (found.Labels[i] >= 0) got[graph.Nodes[i]] = found.Labels[i];
        return BlocTimeline.RandIndex(planted, got);
    }

    // Three upper-case letters, distinct for every index, never a real-looking role code.
    private static string Code(int i) => $"{(char)('A' + i / 676 % 26)}{(char)('A' + i / 26 % 26)}{(char)('A' + i % 26)}".Replace("GOV", "GOW");
}
