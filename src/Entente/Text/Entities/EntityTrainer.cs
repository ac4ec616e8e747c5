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
    /// <summary>Trains a recognizer for <paramref name="types"/>, with <paramref name="lexicon"/> (see <see cref="NameLexicon"/>) as fixed lexicon.</summary>
    public static EntityRecognizer Train(IReadOnlyList<EntitySentence> data, IReadOnlyList<string> types, int iterations = 12,
        int seed = 1, Action<string>? log = null, IReadOnlyDictionary<string, string>? meta = null,
        IEnumerable<(string[] Words, string Type)>? lexicon = null)
    {
        var lex = new WordListGazetteer(lexicon ?? []);
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
        int l = labels.Count;
        var trainer = new PerceptronTrainer(l);
        // Features do not depend on labels, so each sentence's features are extracted once.
        var feats = new ulong[data.Count][];
        var starts = new int[data.Count][];
        var buffer = new ulong[EntityFeatures.Max];
        for (int si = 0; si < data.Count; si++)
        {
            var s = data[si];
            var lexHits = new GazetteerHit[s.Words.Length];
            lex.Match(s.Words, lexHits);
            var input = new EntityInput(s.Words, s.Xpos, hits[si], lexHits);
            var list = new List<ulong>();
            starts[si] = new int[s.Words.Length + 1];
            for (int i = 0; i < s.Words.Length; i++)
            {
                int n = EntityFeatures.Extract(input, i, buffer);
                list.AddRange(buffer.AsSpan(0, n));
                starts[si][i + 1] = list.Count;
            }
            feats[si] = list.ToArray();
        }
        var order = Enumerable.Range(0, data.Count).ToArray();
        var rng = new Random(seed);
        int longest = data.Count == 0 ? 1 : Math.Max(1, data.Max(s => s.Words.Length));
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
                int n = data[si].Words.Length;
                if (n == 0) continue;
                var f = feats[si];
                var st = starts[si];
                for (int i = 0; i < n; i++) trainer.Score(f.AsSpan(st[i], st[i + 1] - st[i]), emissions.AsSpan(i * l, l));
                var transitions = EntityRecognizer.Transitions(labels, (key, row) => trainer.Score([key], row));
                EntityDecoder.Decode(labels, emissions, transitions, n, guess, delta, back);
                var g = gold[si];
                for (int i = 0; i < n; i++)
                {
                    trainer.Update(f.AsSpan(st[i], st[i + 1] - st[i]), g[i], guess[i]);
                    if (guess[i] != g[i]) errors++;
                    int pg = i == 0 ? -1 : g[i - 1], pp = i == 0 ? -1 : guess[i - 1];
                    if (pg == pp && g[i] == guess[i]) continue;
                    trainer.Adjust(EntityFeatures.Transition(pg), g[i], 1f);
                    trainer.Adjust(EntityFeatures.Transition(pp), guess[i], -1f);
                }
            }
            log?.Invoke($"pass {it + 1}/{iterations}: {errors} label errors");
        }
        return new EntityRecognizer(labels, trainer.Average(), all, lex, meta);
    }

    /// <summary>Entity strings of the wanted types found in gold IOB2 tags.</summary>
    public static IEnumerable<(string[] Words, string Type)> Names(IEnumerable<EntitySentence> data, IReadOnlyList<string> types)
    {
        foreach (var s in data)
            foreach (var e in EntitySpans.FromIob2(s.Tags))
                if (types.Contains(e.Type)) yield return (s.Words[e.Start..(e.Start + e.Length)], e.Type);
    }
}
