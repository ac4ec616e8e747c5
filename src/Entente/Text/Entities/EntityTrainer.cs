using Entente.Text.Learning;

namespace Entente.Text.Entities;

/// <summary>A training sentence for the entity recognizer: words, POS tags and IOB2 tags.</summary>
public sealed record EntitySentence(string[] Words, string[] Xpos, string[] Tags);

/// <summary>
/// Trains <see cref="EntityRecognizer"/>. The training names gazetteer is jackknifed (each fold sees
/// only names from the other folds) so that the model learns how far to trust a gazetteer hit.
/// </summary>
public static class EntityTrainer
{
    /// <summary>Trains a recognizer for <paramref name="types"/>.</summary>
    public static EntityRecognizer Train(IReadOnlyList<EntitySentence> data, IReadOnlyList<string> types, int iterations = 12,
        int seed = 1, Action<string>? log = null, IReadOnlyDictionary<string, string>? meta = null)
    {
        var labels = new EntityLabels(types);
        var gold = data.Select(s => labels.FromIob2(s.Tags)).ToArray();
        const int folds = 5;
        var hits = new GazetteerHit[data.Count][];
        for (int k = 0; k < folds; k++)
        {
            var gaz = new WordListGazetteer(Names(data.Where((_, i) => i % folds != k), types));
            for (int i = k; i < data.Count; i += folds)
            {
                hits[i] = new GazetteerHit[data[i].Words.Length];
                gaz.Match(data[i].Words, hits[i]);
            }
        }
        var all = new WordListGazetteer(Names(data, types));
        var trainer = new PerceptronTrainer(labels.Count);
        var probe = new EntityRecognizer(labels, new PerceptronModel(labels.Count, [], [0], [], []), all);
        var order = Enumerable.Range(0, data.Count).ToArray();
        var rng = new Random(seed);
        var feats = new ulong[EntityFeatures.Max];
        var scores = new float[labels.Count];
        for (int it = 0; it < iterations; it++)
        {
            rng.Shuffle(order);
            int errors = 0;
            foreach (int si in order)
            {
                var s = data[si];
                var input = new EntityInput(s.Words, s.Xpos, hits[si]);
                int p1 = -1, p2 = -1;
                for (int i = 0; i < s.Words.Length; i++)
                {
                    int n = EntityFeatures.Extract(input, i, p1, p2, feats);
                    trainer.Score(feats.AsSpan(0, n), scores);
                    int guess = probe.Best(scores, p1, i == s.Words.Length - 1);
                    trainer.Update(feats.AsSpan(0, n), gold[si][i], guess);
                    if (guess != gold[si][i]) errors++;
                    p2 = p1; p1 = guess;
                }
            }
            log?.Invoke($"pass {it + 1}/{iterations}: {errors} label errors");
        }
        return new EntityRecognizer(labels, trainer.Average(), all, meta);
    }

    /// <summary>Entity strings of the wanted types found in gold IOB2 tags.</summary>
    public static IEnumerable<(string[] Words, string Type)> Names(IEnumerable<EntitySentence> data, IReadOnlyList<string> types)
    {
        foreach (var s in data)
            foreach (var e in EntitySpans.FromIob2(s.Tags))
                if (types.Contains(e.Type)) yield return (s.Words[e.Start..(e.Start + e.Length)], e.Type);
    }
}
