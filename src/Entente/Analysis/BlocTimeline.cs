namespace Entente.Analysis;

/// <summary>Blocs window after window, each seeded with the last one's so that blocs persist unless the data move.</summary>
public static class BlocTimeline
{
    /// <summary>
    /// Detects blocs in consecutive windows of <paramref name="windowDays"/> days stepping by
    /// <paramref name="stepDays"/> from <paramref name="since"/> to <paramref name="until"/>.
    /// </summary>
    public static List<BlocWindow> Detect(DyadBins bins, DateOnly since, DateOnly until, int windowDays, int stepDays, AlignmentOptions options, int maxBlocs = 8)
    {
        if (windowDays < 1 || stepDays < 1) throw new ArgumentOutOfRangeException(nameof(windowDays), "window and step are at least one day");
        var result = new List<BlocWindow>();
        Dictionary<string, int>? previous = null;
        for (var end = since.AddDays(windowDays - 1); ; end = end.AddDays(stepDays))
        {
            if (end > until) end = until;
            var start = end.AddDays(1 - windowDays);
            var graph = AlignmentGraphBuilder.Build(bins, options with { Since = start, Until = end });
            var partition = BlocDetector.Detect(graph, maxBlocs, previous);
            var current = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < graph.Count; i++) if (partition.Labels[i] >= 0) current[graph.Nodes[i]] = partition.Labels[i];
            result.Add(new BlocWindow(start, end, partition, previous is null ? 1 : RandIndex(previous, current)));
            previous = current;
            if (end >= until) break;
        }
        return result;
    }

    /// <summary>Rand index of two labellings over the codes they share; 1 when they share fewer than two.</summary>
    public static double RandIndex(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b)
    {
        var common = a.Keys.Where(b.ContainsKey).OrderBy(k => k, StringComparer.Ordinal).ToArray();
        if (common.Length < 2) return 1;
        long agree = 0, pairs = 0;
        for (int i = 0; i < common.Length; i++)
            for (int j = i + 1; j < common.Length; j++)
            {
                bool sameA = a[common[i]] == a[common[j]], sameB = b[common[i]] == b[common[j]];
                if (sameA == sameB) agree++;
                pairs++;
            }
        return (double)agree / pairs;
    }
}
