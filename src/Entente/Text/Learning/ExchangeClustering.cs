namespace Entente.Text.Learning;

/// <summary>
/// Groups words into classes by the words that follow them, from unlabelled text: the exchange algorithm
/// for the predictive class bigram model (Uszkoreit and Brants 2008), which maximises
/// Σ N(c, w) log N(c, w) − Σ N(c) log N(c) over the counts N(c, w) of word w following a word of class c.
/// Words of one class are used alike (city names, first names, company suffixes), so a recognizer that
/// sees a class generalises from the names it was trained on to names it never saw.
/// Deterministic: words are visited in order of frequency, ties broken by spelling.
/// </summary>
public static class ExchangeClustering
{
    /// <summary>Clusters the <paramref name="vocabulary"/> most frequent lowercased words of <paramref name="sentences"/> into <paramref name="classes"/> classes.</summary>
    /// <returns>Each clustered word (lowercased) with its class.</returns>
    /// <param name="sentences">The text, as words.</param>
    /// <param name="classes">Number of classes.</param>
    /// <param name="vocabulary">How many of the most frequent words are clustered.</param>
    /// <param name="iterations">Passes over the words, at most.</param>
    /// <param name="backward">Cluster by the preceding words instead of the following ones.</param>
    /// <param name="log">Progress.</param>
    public static Dictionary<string, int> Run(IEnumerable<IReadOnlyList<string>> sentences, int classes, int vocabulary,
        int iterations, bool backward = false, Action<string>? log = null)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var corpus = new List<string[]>();
        foreach (var s in sentences)
        {
            var lower = new string[s.Count];
            for (int i = 0; i < s.Count; i++)
            {
                lower[i] = s[i].ToLowerInvariant();
                counts[lower[i]] = counts.GetValueOrDefault(lower[i]) + 1;
            }
            if (backward) Array.Reverse(lower);
            corpus.Add(lower);
        }
        var words = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(vocabulary).Select(kv => kv.Key).ToArray();
        var id = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < words.Length; i++) id[words[i]] = i;
        int v = words.Length, other = v, boundary = v + 1, columns = v + 2; // rare words and sentence ends as two extra successors
        // Successor counts per word, as sparse rows.
        var pairs = new Dictionary<long, int>();
        var total = new long[v];
        foreach (var s in corpus)
            for (int i = 0; i < s.Length; i++)
            {
                if (!id.TryGetValue(s[i], out int a)) continue;
                int b = i + 1 < s.Length ? id.GetValueOrDefault(s[i + 1], other) : boundary;
                pairs[(long)a * columns + b] = pairs.GetValueOrDefault((long)a * columns + b) + 1;
                total[a]++;
            }
        var succ = new (int Word, int Count)[v][];
        var lists = new List<(int, int)>[v];
        for (int i = 0; i < v; i++) lists[i] = [];
        foreach (var (key, n) in pairs.OrderBy(kv => kv.Key)) lists[(int)(key / columns)].Add(((int)(key % columns), n));
        for (int i = 0; i < v; i++) succ[i] = lists[i].ToArray();
        log?.Invoke($"clusters: {corpus.Count} sentences, {counts.Count} word types, {v} clustered, {pairs.Count} bigram types");

        var cls = new int[v];
        for (int i = 0; i < v; i++) cls[i] = i % classes;
        var nc = new long[classes];
        var ncw = new long[(long)classes * columns];
        for (int i = 0; i < v; i++)
        {
            nc[cls[i]] += total[i];
            foreach (var (w, n) in succ[i]) ncw[(long)w * classes + cls[i]] += n;
        }
        var gain = new double[classes];
        for (int it = 0; it < iterations; it++)
        {
            int moved = 0;
            for (int x = 0; x < v; x++)
            {
                if (total[x] == 0) continue;
                int from = cls[x];
                // Take x out of its class.
                nc[from] -= total[x];
                foreach (var (w, n) in succ[x]) ncw[(long)w * classes + from] -= n;
                // The gain of putting it back into each class.
                for (int c = 0; c < classes; c++) gain[c] = -(F(nc[c] + total[x]) - F(nc[c]));
                foreach (var (w, n) in succ[x])
                {
                    var row = ncw.AsSpan((int)((long)w * classes), classes);
                    for (int c = 0; c < classes; c++)
                    {
                        long m = row[c];
                        gain[c] += F(m + n) - F(m);
                    }
                }
                int best = from;
                for (int c = 0; c < classes; c++) if (gain[c] > gain[best] + 1e-9) best = c;
                if (best != from) moved++;
                cls[x] = best;
                nc[best] += total[x];
                foreach (var (w, n) in succ[x]) ncw[(long)w * classes + best] += n;
            }
            log?.Invoke($"clusters: iteration {it + 1}/{iterations}, {moved} words moved");
            if (moved == 0) break;
        }
        var result = new Dictionary<string, int>(v, StringComparer.Ordinal);
        for (int i = 0; i < v; i++) result[words[i]] = cls[i];
        return result;
    }

    private static readonly double[] Table = Enumerable.Range(0, 1 << 16).Select(i => i == 0 ? 0 : i * Math.Log(i)).ToArray();

    private static double F(long x) => x < Table.Length ? Table[x] : x * Math.Log(x);
}
