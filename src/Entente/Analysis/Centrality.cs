namespace Entente.Analysis;

/// <summary>Centrality and brokerage of every node of a partitioned signed graph.</summary>
public static class Centrality
{
    /// <summary>Computes strength, participation across blocs and cooperative betweenness of each node.</summary>
    public static NodeCentrality[] Compute(BlocPartition partition)
    {
        var g = partition.Graph;
        int n = g.Count;
        var betweenness = Betweenness(g);
        var result = new NodeCentrality[n];
        var perBloc = new double[Math.Max(1, partition.Count)];
        for (int i = 0; i < n; i++)
        {
            double pos = 0, neg = 0;
            Array.Clear(perBloc);
            var row = g.Row(i);
            for (int j = 0; j < n; j++)
            {
                double w = row[j];
                if (w > 0)
                {
                    pos += w;
                    if (partition.Labels[j] >= 0) perBloc[partition.Labels[j]] += w;
                }
                else neg -= w;
            }
            double p = 0;
            if (pos > 0)
            {
                double sq = 0;
                foreach (var s in perBloc) sq += (s / pos) * (s / pos);
                p = 1 - sq;
            }
            result[i] = new NodeCentrality(i, g.Nodes[i], partition.Labels[i], pos + neg, pos, neg, p, betweenness[i]);
        }
        return result;
    }

    // Brandes' algorithm with Dijkstra on the dense cooperation graph: O(n³) for n nodes.
    private static double[] Betweenness(SignedGraph g)
    {
        int n = g.Count;
        var cb = new double[n];
        var dist = new double[n];
        var sigma = new double[n];
        var delta = new double[n];
        var done = new bool[n];
        var stack = new int[n];
        var preds = new List<int>[n];
        for (int i = 0; i < n; i++) preds[i] = [];
        for (int s = 0; s < n; s++)
        {
            Array.Fill(dist, double.PositiveInfinity);
            Array.Clear(sigma);
            Array.Clear(delta);
            Array.Clear(done);
            foreach (var p in preds) p.Clear();
            dist[s] = 0;
            sigma[s] = 1;
            int top = 0;
            while (true)
            {
                int u = -1;
                double best = double.PositiveInfinity;
                for (int v = 0; v < n; v++) if (!done[v] && dist[v] < best) { best = dist[v]; u = v; }
                if (u < 0) break;
                done[u] = true;
                stack[top++] = u;
                var row = g.Row(u);
                for (int v = 0; v < n; v++)
                {
                    if (done[v] || row[v] <= 0) continue;
                    double alt = dist[u] + 1 / row[v];
                    if (alt < dist[v] - 1e-12) { dist[v] = alt; sigma[v] = sigma[u]; preds[v].Clear(); preds[v].Add(u); }
                    else if (Math.Abs(alt - dist[v]) <= 1e-12) { sigma[v] += sigma[u]; preds[v].Add(u); }
                }
            }
            while (top > 0)
            {
                int w = stack[--top];
                foreach (var v in preds[w]) delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                if (w != s) cb[w] += delta[w];
            }
        }
        // Each unordered pair was counted from both ends.
        double norm = n > 2 ? (n - 1) * (n - 2) : 1;
        for (int i = 0; i < n; i++) cb[i] /= norm;
        return cb;
    }
}
