namespace Entente.Analysis;

/// <summary>
/// Blocs found in a signed graph: one label a node (−1 for nodes without ties), numbered from 0 by
/// decreasing size, with the signed modularity of the partition.
/// </summary>
public sealed class BlocPartition
{
    /// <summary>Creates a partition; labels are renumbered by decreasing size, ties broken by first member.</summary>
    public BlocPartition(SignedGraph graph, int[] labels, double modularity)
    {
        Graph = graph;
        Modularity = modularity;
        var groups = labels.Select((l, i) => (l, i)).Where(x => x.l >= 0).GroupBy(x => x.l)
            .Select(g => g.Select(x => x.i).ToArray())
            .OrderByDescending(m => m.Length).ThenBy(m => graph.Nodes[m[0]], StringComparer.Ordinal).ToArray();
        Labels = Enumerable.Repeat(-1, labels.Length).ToArray();
        for (int b = 0; b < groups.Length; b++) foreach (var i in groups[b]) Labels[i] = b;
        Members = groups;
    }

    /// <summary>The graph partitioned.</summary>
    public SignedGraph Graph { get; }

    /// <summary>Bloc of each node, −1 when the node has no ties.</summary>
    public int[] Labels { get; }

    /// <summary>Node indices of each bloc, largest bloc first.</summary>
    public IReadOnlyList<int[]> Members { get; }

    /// <summary>Number of blocs.</summary>
    public int Count => Members.Count;

    /// <summary>Signed modularity of the partition.</summary>
    public double Modularity { get; }

    /// <summary>The codes of bloc <paramref name="bloc"/>'s members, sorted.</summary>
    public string[] Codes(int bloc) => Members[bloc].Select(i => Graph.Nodes[i]).OrderBy(c => c, StringComparer.Ordinal).ToArray();

    /// <summary>Mean alignment score between members of blocs <paramref name="a"/> and <paramref name="b"/> (within when equal), over tied pairs.</summary>
    public double MeanScore(int a, int b)
    {
        double sum = 0;
        int pairs = 0;
        foreach (var i in Members[a])
            foreach (var j in Members[b])
            {
                if (i == j || (a == b && j < i) || Graph.Magnitude(i, j) == 0) continue;
                sum += Graph.Score(i, j);
                pairs++;
            }
        return pairs == 0 ? 0 : sum / pairs;
    }
}
