using Entente.Text.Learning;

namespace Entente.Text.Tagging;

/// <summary>A training sentence for the tagger: words with gold UPOS and XPOS.</summary>
public sealed record TaggedSentence(string[] Words, string[] Upos, string[] Xpos);

/// <summary>
/// Trains <see cref="PerceptronTagger"/>: several shuffled passes (fixed seed) of greedy decoding
/// with the tagger's own previous predictions as history, then weight averaging.
/// </summary>
public static class TaggerTrainer
{
    /// <summary>Trains a tagger. <paramref name="log"/> receives one line per pass.</summary>
    public static PerceptronTagger Train(IReadOnlyList<TaggedSentence> data, int iterations = 10, int seed = 1,
        Action<string>? log = null, IReadOnlyDictionary<string, string>? meta = null)
    {
        var pairs = data.SelectMany(s => s.Upos.Zip(s.Xpos)).Distinct().OrderBy(p => p.First, StringComparer.Ordinal)
            .ThenBy(p => p.Second, StringComparer.Ordinal).ToList();
        var tags = new TagSet(pairs.Select(p => (p.First, p.Second)));
        var gold = data.Select(s => s.Upos.Zip(s.Xpos, (u, x) => tags.IndexOf(u, x)).ToArray()).ToArray();
        var dictionary = BuildDictionary(data, gold);
        var lexicon = AmbiguityLexicon.Build(data, gold);
        // Jackknifed: each training sentence sees the lexicon built without its own fold, so the
        // model learns how far to trust ambiguity classes on words as they behave in unseen text.
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
        var trainer = new PerceptronTrainer(tags.Count);
        var order = Enumerable.Range(0, data.Count).ToArray();
        var rng = new Random(seed);
        var feats = new ulong[TaggerFeatures.Max];
        var scores = new float[tags.Count];
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
                    int n = TaggerFeatures.Extract(words, amb[si], i, p1, p2, feats);
                    int guess = trainer.Predict(feats.AsSpan(0, n), scores);
                    trainer.Update(feats.AsSpan(0, n), g, guess);
                    if (guess == g) correct++;
                    total++;
                    p2 = p1; p1 = guess;
                }
            }
            log?.Invoke($"pass {it + 1}/{iterations}: train accuracy {100.0 * correct / total:F2}%");
        }
        return new PerceptronTagger(tags, trainer.Average(), dictionary, lexicon, meta);
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
