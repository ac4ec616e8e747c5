namespace Entente.Analysis;

/// <summary>Builds the <see cref="SignedGraph"/> from dyad bins: window, time decay and node merging.</summary>
public static class AlignmentGraphBuilder
{
    /// <summary>Builds the graph of every actor with at least one event in the window.</summary>
    public static SignedGraph Build(DyadBins bins, AlignmentOptions options)
    {
        var period = bins.Period;
        int lo = options.Since?.DayNumber ?? int.MinValue;
        int hi = options.Until?.DayNumber ?? int.MaxValue;
        int reference = options.Until?.DayNumber ?? LastPeriodEnd(bins);

        // Actor ids → node ids (merging role codes into their country when asked).
        var nodeOf = new int[bins.Actors.Count];
        var nodeIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var used = new bool[bins.Actors.Count];
        for (int i = 0; i < bins.Count; i++)
            if (period[i] >= lo && period[i] <= hi) used[bins.Source[i]] = used[bins.Target[i]] = true;
        var names = new List<string>();
        for (int a = 0; a < nodeOf.Length; a++)
        {
            nodeOf[a] = -1;
            if (!used[a]) continue;
            string code = bins.Actors[a];
            string key = options.CountryLevel && code.Length > 3 ? code[..3] : code;
            if (!nodeIds.TryGetValue(key, out int id)) { id = names.Count; nodeIds.Add(key, id); names.Add(key); }
            nodeOf[a] = id;
        }
        // Sort nodes by code so output never depends on event order.
        var order = Enumerable.Range(0, names.Count).OrderBy(i => names[i], StringComparer.Ordinal).ToArray();
        var rank = new int[order.Length];
        for (int r = 0; r < order.Length; r++) rank[order[r]] = r;
        var graph = new SignedGraph(order.Select(i => names[i]).ToArray(), options.Prior);

        var decayCache = new Dictionary<int, double>();
        for (int i = 0; i < bins.Count; i++)
        {
            int p = period[i];
            if (p < lo || p > hi) continue;
            int s = nodeOf[bins.Source[i]], t = nodeOf[bins.Target[i]];
            if (s == t) continue;
            if (!decayCache.TryGetValue(p, out double decay))
            {
                decay = Decay(p, bins.Granularity, reference, options.HalfLifeDays);
                decayCache.Add(p, decay);
            }
            double pos = bins.Positive[i], neg = bins.Negative[i];
            graph.Add(rank[s], rank[t], decay * (pos - neg), decay * (pos + neg), decay * bins.Events(i));
        }
        return graph;
    }

    /// <summary>
    /// Builds the graph from decayed sums per directed pair (signed weight, magnitude, events), as a
    /// store computes them; codes are nodes as given.
    /// </summary>
    public static SignedGraph FromPairs(IEnumerable<(string Source, string Target, double Signed, double Magnitude, double Events)> pairs, double prior)
    {
        var list = pairs.ToList();
        var nodes = list.SelectMany(p => new[] { p.Source, p.Target }).Distinct().OrderBy(c => c, StringComparer.Ordinal).ToArray();
        var index = nodes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        var graph = new SignedGraph(nodes, prior);
        foreach (var p in list) graph.Add(index[p.Source], index[p.Target], p.Signed, p.Magnitude, p.Events);
        return graph;
    }

    /// <summary>The weight of a bin starting on <paramref name="periodStart"/>: halved every <paramref name="halfLife"/> days from its middle to <paramref name="reference"/>.</summary>
    public static double Decay(int periodStart, Granularity granularity, int reference, double halfLife)
    {
        if (halfLife <= 0) return 1;
        // A bin's events are spread over its period: age it from the period's middle.
        double middle = periodStart + (Periods.Next(periodStart, granularity) - periodStart - 1) / 2.0;
        double age = Math.Max(0, reference - middle);
        return Math.Pow(0.5, age / halfLife);
    }

    private static int LastPeriodEnd(DyadBins bins)
    {
        int last = int.MinValue;
        foreach (var p in bins.Period) last = Math.Max(last, p);
        return last == int.MinValue ? 0 : Periods.Next(last, bins.Granularity) - 1;
    }
}
