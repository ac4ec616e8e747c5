using Entente.Text.Learning;

namespace Entente.Text.Tagging;

/// <summary>A training sentence for the tagger: words with gold UPOS and XPOS (and lemmas when known).</summary>
public sealed record TaggedSentence(string[] Words, string[] Upos, string[] Xpos, string[]? Lemmas = null);

/// <summary>
/// Trains <see cref="PerceptronTagger"/>: shuffled passes (fixed seed) of greedy decoding with the
/// tagger's own previous predictions as history, then weight averaging. The second-pass model is
/// trained on right-context tags that come from first-pass models which never saw the sentence's
/// document (jackknifing over contiguous folds), so it learns how far to trust them on unseen text.
/// </summary>
public static class TaggerTrainer
{
    private const int Folds = 5;

    /// <summary>Trains a tagger. <paramref name="log"/> receives progress lines; <paramref name="secondPassMargin"/>
    /// is the first-pass margin below which the second pass re-tags a word (see <see cref="PerceptronTagger"/>).</summary>
    public static PerceptronTagger Train(IReadOnlyList<TaggedSentence> data, int iterations = 10, int seed = 1,
        Action<string>? log = null, IReadOnlyDictionary<string, string>? meta = null, bool twoPass = true,
        float secondPassMargin = float.PositiveInfinity, WordClusters[]? clusters = null)
    {
        clusters ??= [];
        var codes = data.Select(s => { var c = new int[s.Words.Length]; WordClusterCodes.Fill(clusters, s.Words, c); return c; }).ToArray();
        if (clusters.Length == 0) codes = null;
        var pairs = data.SelectMany(s => s.Upos.Zip(s.Xpos)).Distinct().OrderBy(p => p.First, StringComparer.Ordinal)
            .ThenBy(p => p.Second, StringComparer.Ordinal).ToList();
        var tags = new TagSet(pairs.Select(p => (p.First, p.Second)));
        var gold = data.Select(s => s.Upos.Zip(s.Xpos, (u, x) => tags.IndexOf(u, x)).ToArray()).ToArray();
        var dictionary = BuildDictionary(data, gold);
        var lexicon = AmbiguityLexicon.Build(data, gold);
        var amb = JackknifedAmbiguity(data, gold);
        var all = Enumerable.Range(0, data.Count).ToArray();
        var first = TrainModel(tags.Count, data, gold, amb, null, codes, all, dictionary, iterations, seed, log, "pass 1");
        if (!twoPass) return new PerceptronTagger(tags, first, null, dictionary, lexicon, meta, clusters: clusters);

        var right = new int[data.Count][];
        // Contiguous folds: the corpus is in document order, so held-out first-pass tags are as noisy as on
        // unseen documents (sentence-interleaved folds share documents and gave 0.07 less dev UPOS).
        int Fold(int i) => (int)((long)i * Folds / data.Count);
        for (int k = 0; k < Folds; k++)
        {
            var idx = all.Where(i => Fold(i) != k).ToArray();
            var model = TrainModel(tags.Count, data, gold, amb, null, codes, idx, dictionary, iterations, seed + k + 1, null, "");
            var probe = new PerceptronTagger(tags, model, null, dictionary, lexicon, clusters: clusters);
            for (int i = 0; i < data.Count; i++)
            {
                if (Fold(i) != k) continue;
                right[i] = new int[data[i].Words.Length];
                probe.Tag(data[i].Words, right[i]);
            }
            log?.Invoke($"jackknife fold {k + 1}/{Folds} done");
        }
        var second = TrainModel(tags.Count, data, gold, amb, right, codes, all, dictionary, iterations, seed, log, "pass 2");
        return new PerceptronTagger(tags, second, first, dictionary, lexicon, meta, secondPassMargin, clusters);
    }

    private static PerceptronModel TrainModel(int classCount, IReadOnlyList<TaggedSentence> data, int[][] gold, int[][] amb, int[][]? right,
        int[][]? clusters, int[] sentences, Dictionary<string, int> dictionary, int iterations, int seed, Action<string>? log, string label)
    {
        var trainer = new PerceptronTrainer(classCount);
        var order = sentences.ToArray();
        var rng = new Random(seed);
        var feats = new ulong[TaggerFeatures.Max];
        var scores = new float[classCount];
        for (int it = 0; it < iterations; it++)
        {
            rng.Shuffle(order);
            int correct = 0, total = 0;
            foreach (int si in order)
            {
                var words = data[si].Words;
                int p1 = -1, p2 = -1;
                for (int i = 0; i < words.Length; i++)
                {
                    int g = gold[si][i];
                    int guess;
                    if (dictionary.TryGetValue(words[i], out int known)) guess = known;
                    else
                    {
                        int n = TaggerFeatures.Extract(words, amb[si], right is null ? default : right[si],
                            clusters is null ? default : clusters[si], i, p1, p2, feats);
                        guess = trainer.Predict(feats.AsSpan(0, n), scores);
                        trainer.Update(feats.AsSpan(0, n), g, guess);
                    }
                    if (guess == g) correct++;
                    total++;
                    p2 = p1; p1 = guess;
                }
            }
            log?.Invoke($"{label} iteration {it + 1}/{iterations}: train accuracy {100.0 * correct / total:F2}%");
        }
        return trainer.Average();
    }

    /// <summary>Each sentence sees the ambiguity lexicon built without its own fold.</summary>
    private static int[][] JackknifedAmbiguity(IReadOnlyList<TaggedSentence> data, int[][] gold)
    {
        const int folds = 10;
        var amb = new int[data.Count][];
        for (int k = 0; k < folds; k++)
        {
            var idx = Enumerable.Range(0, data.Count).Where(i => i % folds != k).ToArray();
            var foldLexicon = AmbiguityLexicon.Build(idx.Select(i => data[i]).ToList(), idx.Select(i => gold[i]).ToArray());
            for (int i = k; i < data.Count; i += folds)
            {
                amb[i] = new int[data[i].Words.Length];
                foldLexicon.Lookup(data[i].Words, amb[i]);
            }
        }
        return amb;
    }

    /// <summary>Words seen at least 20 times with one class at least 99.5% of the time.</summary>
    private static Dictionary<string, int> BuildDictionary(IReadOnlyList<TaggedSentence> data, int[][] gold)
    {
        var counts = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        for (int s = 0; s < data.Count; s++)
            for (int i = 0; i < data[s].Words.Length; i++)
            {
                if (!counts.TryGetValue(data[s].Words[i], out var d)) counts[data[s].Words[i]] = d = new();
                d[gold[s][i]] = d.GetValueOrDefault(gold[s][i]) + 1;
            }
        var dict = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, d) in counts)
        {
            int total = d.Values.Sum();
            var (best, n) = d.MaxBy(kv => kv.Value);
            if (total >= 20 && n >= 0.995 * total) dict[word] = best;
        }
        return dict;
    }
}
