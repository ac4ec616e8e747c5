namespace Entente.Analysis;

/// <summary>
/// Modularity for signed networks (Gómez, Jensen and Arenas 2009): positive ties should fall inside
/// blocs and negative ties between them, each measured against its own null model. Also the local-move
/// refinement that raises it one node at a time.
/// </summary>
public static class SignedModularity
{
    /// <summary>Q of a partition given as one label a node (nodes labelled −1 are left out).</summary>
    public static double Of(SignedGraph graph, int[] labels)
    {
        var (pos, neg, twoPos, twoNeg) = Strengths(graph);
        double total = twoPos + twoNeg;
        if (total == 0) return 0;
        double q = 0;
        int n = graph.Count;
        for (int i = 0; i < n; i++)
        {
            if (labels[i] < 0) continue;
            var row = graph.Row(i);
            for (int j = 0; j < n; j++)
            {
                if (labels[j] != labels[i]) continue;
                double expected = (twoPos > 0 ? pos[i] * pos[j] / twoPos : 0) - (twoNeg > 0 ? neg[i] * neg[j] / twoNeg : 0);
                q += row[j] - expected;
            }
        }
        return q / total;
    }

    /// <summary>
    /// Moves nodes to the bloc (or a new one) that raises Q most, until no move helps. Labels are
    /// changed in place; nodes labelled −1 stay out.
    /// </summary>
    public static void Refine(SignedGraph graph, int[] labels, int maxSweeps = 50)
    {
        var (pos, neg, twoPos, twoNeg) = Strengths(graph);
        int n = graph.Count;
        int slots = n + 1;
        var sumPos = new double[slots];
        var sumNeg = new double[slots];
        var size = new int[slots];
        for (int i = 0; i < n; i++)
            if (labels[i] >= 0) { sumPos[labels[i]] += pos[i]; sumNeg[labels[i]] += neg[i]; size[labels[i]]++; }
        var tie = new double[slots];
        for (int sweep = 0; sweep < maxSweeps; sweep++)
        {
            bool moved = false;
            for (int i = 0; i < n; i++)
            {
                int own = labels[i];
                if (own < 0) continue;
                Array.Clear(tie);
                var row = graph.Row(i);
                for (int j = 0; j < n; j++) if (j != i && labels[j] >= 0) tie[labels[j]] += row[j];
                sumPos[own] -= pos[i];
                sumNeg[own] -= neg[i];
                size[own]--;
                double Gain(int c) => tie[c] - (twoPos > 0 ? pos[i] * sumPos[c] / twoPos : 0) + (twoNeg > 0 ? neg[i] * sumNeg[c] / twoNeg : 0);
                int best = own;
                double bestGain = Gain(own);
                int empty = -1;
                for (int c = 0; c < slots; c++)
                {
                    if (size[c] == 0) { if (empty < 0) empty = c; continue; }
                    double g = Gain(c);
                    if (g > bestGain + 1e-12) { best = c; bestGain = g; }
                }
                if (empty >= 0 && Gain(empty) > bestGain + 1e-12) best = empty;
                labels[i] = best;
                sumPos[best] += pos[i];
                sumNeg[best] += neg[i];
                size[best]++;
                if (best != own) moved = true;
            }
            if (!moved) break;
        }
    }

    private static (double[] pos, double[] neg, double twoPos, double twoNeg) Strengths(SignedGraph graph)
    {
        int n = graph.Count;
        var pos = new double[n];
        var neg = new double[n];
        double twoPos = 0, twoNeg = 0;
        for (int i = 0; i < n; i++)
        {
            foreach (var w in graph.Row(i))
            {
                if (w > 0) pos[i] += w; else neg[i] -= w;
            }
            twoPos += pos[i];
            twoNeg += neg[i];
        }
        return (pos, neg, twoPos, twoNeg);
    }
}
