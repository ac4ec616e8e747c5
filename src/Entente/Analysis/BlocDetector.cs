using Entente.Numerics;

namespace Entente.Analysis;

/// <summary>
/// Finds blocs in a signed graph: spectral embedding with the normalised signed Laplacian
/// L = I − D̄^(−1/2) W D̄^(−1/2) (D̄ the sums of absolute weights; Kunegis et al. 2010), k-means on the
/// k lowest eigenvectors for each k, local moves on signed modularity, and the k with the highest
/// modularity. Given the previous window's blocs it keeps them unless the new split is clearly better,
/// so blocs do not flicker between neighbouring windows.
/// </summary>
public static class BlocDetector
{
    /// <summary>How much better (in modularity) a new split must be to replace the previous window's blocs.</summary>
    public const double Hysteresis = 0.01;

    /// <summary>Detects blocs; <paramref name="previous"/> holds last window's bloc by node code, if any.</summary>
    public static BlocPartition Detect(SignedGraph graph, int maxBlocs = 8, IReadOnlyDictionary<string, int>? previous = null)
    {
        int n = graph.Count;
        var active = Enumerable.Range(0, n).Where(i => graph.Strength(i) > 1e-12).ToArray();
        var none = Enumerable.Repeat(-1, n).ToArray();
        if (active.Length == 0) return new BlocPartition(graph, none, 0);
        if (active.Length == 1)
        {
            none[active[0]] = 0;
            return new BlocPartition(graph, none, SignedModularity.Of(graph, none));
        }
        int m = active.Length;
        var degree = active.Select(i => graph.Strength(i)).ToArray();
        var laplacian = new double[m * m];
        for (int a = 0; a < m; a++)
            for (int b = 0; b < m; b++)
                laplacian[a * m + b] = (a == b ? 1 : 0) - graph.Weight(active[a], active[b]) / Math.Sqrt(degree[a] * degree[b]);
        var eigen = SymmetricEigen.Decompose(laplacian, m);

        int[]? best = null;
        double bestQ = double.NegativeInfinity;
        var single = (int[])none.Clone();
        foreach (var i in active) single[i] = 0;
        Consider(single);
        for (int k = 2; k <= Math.Min(maxBlocs, m); k++)
        {
            var embedding = new double[m * k];
            for (int a = 0; a < m; a++)
            {
                double norm = 0;
                for (int d = 0; d < k; d++) { double x = eigen.Vector(d, a); embedding[a * k + d] = x; norm += x * x; }
                norm = Math.Sqrt(norm);
                if (norm > 0) for (int d = 0; d < k; d++) embedding[a * k + d] /= norm;
            }
            var clusters = KMeans.Cluster(embedding, m, k, k);
            var labels = (int[])none.Clone();
            for (int a = 0; a < m; a++) labels[active[a]] = clusters[a];
            SignedModularity.Refine(graph, labels);
            Consider(labels);
        }
        if (previous is not null)
        {
            var carried = (int[])none.Clone();
            int fresh = previous.Count == 0 ? 0 : previous.Values.Max() + 1;
            // Newcomers start alone; refinement then places them.
            foreach (var i in active) carried[i] = previous.TryGetValue(graph.Nodes[i], out int b) ? b : fresh++;
            Compact(carried);
            SignedModularity.Refine(graph, carried);
            double q = SignedModularity.Of(graph, carried);
            if (q >= bestQ - Hysteresis) { best = carried; bestQ = q; }
        }
        return new BlocPartition(graph, best!, bestQ);

        void Consider(int[] labels)
        {
            double q = SignedModularity.Of(graph, labels);
            if (q > bestQ + 1e-12) { bestQ = q; best = labels; }
        }
    }

    // Renumbers labels 0..k−1 so refinement's bloc slots stay within range.
    private static void Compact(int[] labels)
    {
        var map = new Dictionary<int, int>();
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] < 0) continue;
            if (!map.TryGetValue(labels[i], out int c)) { c = map.Count; map.Add(labels[i], c); }
            labels[i] = c;
        }
    }
}
