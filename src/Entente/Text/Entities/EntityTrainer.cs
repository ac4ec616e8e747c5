using Entente.Text.Learning;

namespace Entente.Text.Entities;

/// <summary>A training sentence for the entity recognizer: words, POS tags and IOB2 tags.</summary>
/// <param name="Words">Word forms.</param>
/// <param name="Xpos">Penn POS tags, one per word.</param>
/// <param name="Tags">IOB2 entity tags, one per word.</param>
/// <param name="Doc">Document id (sentences of one document are consecutive), or null.</param>
public sealed record EntitySentence(string[] Words, string[] Xpos, string[] Tags, string? Doc = null);

/// <summary>
/// Trains <see cref="EntityRecognizer"/>. The training names gazetteer is jackknifed (each fold sees
/// only names from the other folds) so that the model learns how far to trust a gazetteer hit.
/// </summary>
public static class EntityTrainer
{
    /// <summary>
    /// Trains a recognizer for <paramref name="types"/>, with <paramref name="lexicon"/> (see <see cref="NameLexicon"/>)
    /// as fixed lexicon. With <paramref name="stacked"/>, also trains the document-level second pass on first-pass
    /// labels of held-out documents (5 folds), so that it learns how far to trust the first pass.
    /// <paramref name="wordList"/> (see <see cref="WordListCase"/>) and <paramref name="clusters"/> (word classes of
    /// unlabelled text), when given, add their features and are stored in the model.
    /// </summary>
    public static EntityRecognizer Train(IReadOnlyList<EntitySentence> data, IReadOnlyList<string> types, int iterations = 12,
        int seed = 1, Action<string>? log = null, IReadOnlyDictionary<string, string>? meta = null,
        IEnumerable<(string[] Words, string Type)>? lexicon = null, int bags = 1, bool stacked = false, WordListCase? wordList = null,
        WordClusters[]? clusters = null)
    {
        wordList ??= WordListCase.Empty;
        clusters ??= [];
        var lex = new WordListGazetteer(lexicon ?? []);
        var labels = new EntityLabels(types);
        var gold = data.Select(s => labels.FromIob2(s.Tags)).ToArray();
        const int folds = 5;
        var doc = DocumentIndex(data);
        var hits = new GazetteerHit[data.Count][];
        for (int k = 0; k < folds; k++)
        {
            // By document, as at run time: a name repeated within one document must not vouch for itself.
            var gaz = new WordListGazetteer(Names(data.Where((_, i) => doc[i] % folds != k), types));
            for (int i = 0; i < data.Count; i++)
            {
                if (doc[i] % folds != k) continue;
                hits[i] = new GazetteerHit[data[i].Words.Length];
                gaz.Match(data[i].Words, hits[i]);
            }
        }
        var all = new WordListGazetteer(Names(data, types));
        // Case profiles jackknifed the same way.
        var profiles = new CaseProfile[folds];
        for (int k = 0; k < folds; k++) profiles[k] = CaseProfile.Build(data.Where((_, i) => doc[i] % folds != k).Select(s => s.Words));
        var profile = CaseProfile.Build(data.Select(s => s.Words));
        // Features do not depend on labels, so each sentence's features are extracted once.
        var feats = new ulong[data.Count][];
        var buffer = new ulong[EntityFeatures.Max + DocumentMemory.Max];
        for (int si = 0; si < data.Count; si++)
        {
            var s = data[si];
            var lexHits = new GazetteerHit[s.Words.Length];
            lex.Match(s.Words, lexHits);
            feats[si] = Flatten(s.Words.Length, i => EntityFeatures.Extract(new EntityInput(s.Words, s.Xpos, hits[si], lexHits, profiles[doc[si] % folds], wordList, clusters), i, buffer), buffer);
        }
        var everything = Enumerable.Range(0, data.Count).ToArray();
        var first = TrainBagged(labels, feats, gold, everything, iterations, seed, bags, log);
        if (!stacked) return new EntityRecognizer(labels, first, null, all, lex, meta, profile, wordList, clusters);

        // First-pass labels of each document from a model trained without that document.
        var firstLabels = new int[data.Count][];
        for (int k = 0; k < folds; k++)
        {
            var model = TrainBagged(labels, feats, gold, everything.Where(i => doc[i] % folds != k).ToArray(), iterations, seed, bags, null);
            var transitions = EntityRecognizer.Transitions(labels, (key, row) => model.Score([key], row));
            foreach (int i in everything.Where(i => doc[i] % folds == k))
                firstLabels[i] = Decode(labels, (f, row) => model.Score(f, row), transitions, feats[i]);
            log?.Invoke($"first-pass jackknife fold {k + 1}/{folds} done");
        }
        var second = new ulong[data.Count][];
        for (int start = 0; start < data.Count;)
        {
            int end = start;
            var memory = new DocumentMemory(types.Count);
            while (end < data.Count && doc[end] == doc[start]) { memory.Add(data[end].Words, firstLabels[end]); end++; }
            for (int si = start; si < end; si++)
            {
                var s = data[si];
                var f1 = feats[si];
                second[si] = Flatten(s.Words.Length, i =>
                {
                    var own = Row(f1, i);
                    own.CopyTo(buffer);
                    return own.Length + memory.Extract(s.Words, firstLabels[si], i, buffer.AsSpan(own.Length));
                }, buffer);
            }
            start = end;
        }
        var secondModel = TrainBagged(labels, second, gold, everything, iterations, seed, bags, log);
        return new EntityRecognizer(labels, first, secondModel, all, lex, meta, profile, wordList, clusters);
    }

    /// <summary>
    /// A sentence's features as one array: the word count n, then n + 1 offsets of each word's
    /// features (relative to the end of this header), then the features.
    /// </summary>
    private static ulong[] Flatten(int n, Func<int, int> extract, ulong[] buffer)
    {
        var list = new List<ulong>(n * 50 + n + 2) { (ulong)n };
        for (int i = 0; i <= n; i++) list.Add(0);
        for (int i = 0; i < n; i++)
        {
            int k = extract(i);
            list.AddRange(buffer.AsSpan(0, k));
            list[i + 2] = (ulong)(list.Count - n - 2);
        }
        return list.ToArray();
    }

    /// <summary>Number of words of a flattened sentence.</summary>
    private static int Words(ulong[] f) => (int)f[0];

    /// <summary>Features of word <paramref name="i"/> of a flattened sentence.</summary>
    private static ReadOnlySpan<ulong> Row(ulong[] f, int i, int n = -1)
    {
        if (n < 0) n = (int)f[0];
        return f.AsSpan(n + 2 + (int)f[i + 1], (int)(f[i + 2] - f[i + 1]));
    }

    /// <summary>A fold (0..k-1) per sentence: documents in turn, so that no document is split between folds.</summary>
    public static int[] DocumentFolds(IReadOnlyList<EntitySentence> data, int k)
    {
        var doc = DocumentIndex(data);
        return doc.Select(d => d % k).ToArray();
    }

    private static int[] DocumentIndex(IReadOnlyList<EntitySentence> data)
    {
        var doc = new int[data.Count];
        for (int i = 1; i < data.Count; i++)
            doc[i] = doc[i - 1] + (data[i].Doc is { } d && d == data[i - 1].Doc ? 0 : 1);
        return doc;
    }

    private static int[] Decode(EntityLabels labels, ScoreRow score, float[] transitions, ulong[] f)
    {
        int n = Words(f), l = labels.Count;
        var emissions = new float[n * l];
        for (int i = 0; i < n; i++) score(Row(f, i, n), emissions.AsSpan(i * l, l));
        var output = new int[n];
        EntityDecoder.Decode(labels, emissions, transitions, n, output, new float[n * l], new int[n * l]);
        return output;
    }

    private delegate void ScoreRow(ReadOnlySpan<ulong> features, Span<float> scores);

    /// <summary>
    /// Trains <paramref name="bags"/> models with consecutive seeds and averages their weights. The models are
    /// independent, so they train on all cores; each keeps its own seed, so the result does not depend on how many.
    /// </summary>
    private static PerceptronModel TrainBagged(EntityLabels labels, ulong[][] feats, int[][] gold, int[] sentences,
        int iterations, int seed, int bags, Action<string>? log)
    {
        var models = new PerceptronModel[bags];
        var gate = new object();
        Parallel.For(0, bags, b => models[b] = TrainOne(labels, feats, gold, sentences, iterations, seed + b,
            log is null ? null : m => { lock (gate) log(bags == 1 ? m : $"model {b + 1}/{bags}: {m}"); }));
        return bags == 1 ? models[0] : PerceptronModel.Mean(models);
    }

    /// <summary>Structured perceptron: Viterbi with the current weights, then update where it differs from gold.</summary>
    private static PerceptronModel TrainOne(EntityLabels labels, ulong[][] feats, int[][] gold, int[] sentences,
        int iterations, int seed, Action<string>? log)
    {
        int l = labels.Count;
        var trainer = new PerceptronTrainer(l);
        var order = sentences.ToArray();
        var rng = new Random(seed);
        int longest = Math.Max(1, sentences.Select(i => gold[i].Length).DefaultIfEmpty(1).Max());
        var emissions = new float[longest * l];
        var delta = new float[longest * l];
        var back = new int[longest * l];
        var guess = new int[longest];
        for (int it = 0; it < iterations; it++)
        {
            rng.Shuffle(order);
            int errors = 0;
            foreach (int si in order)
            {
                var g = gold[si];
                int n = g.Length;
                if (n == 0) continue;
                var f = feats[si];
                for (int i = 0; i < n; i++) trainer.Score(Row(f, i, n), emissions.AsSpan(i * l, l));
                var transitions = EntityRecognizer.Transitions(labels, (key, row) => trainer.Score([key], row));
                EntityDecoder.Decode(labels, emissions, transitions, n, guess, delta, back);
                for (int i = 0; i < n; i++)
                {
                    trainer.Update(Row(f, i, n), g[i], guess[i]);
                    if (guess[i] != g[i]) errors++;
                    int pg = i == 0 ? -1 : g[i - 1], pp = i == 0 ? -1 : guess[i - 1];
                    if (pg == pp && g[i] == guess[i]) continue;
                    trainer.Adjust(EntityFeatures.Transition(pg), g[i], 1f);
                    trainer.Adjust(EntityFeatures.Transition(pp), guess[i], -1f);
                }
            }
            log?.Invoke($"pass {it + 1}/{iterations}: {errors} label errors");
        }
        return trainer.Average();
    }

    /// <summary>Entity strings of the wanted types found in gold IOB2 tags.</summary>
    public static IEnumerable<(string[] Words, string Type)> Names(IEnumerable<EntitySentence> data, IReadOnlyList<string> types)
    {
        foreach (var s in data)
            foreach (var e in EntitySpans.FromIob2(s.Tags))
                if (types.Contains(e.Type)) yield return (s.Words[e.Start..(e.Start + e.Length)], e.Type);
    }
}
