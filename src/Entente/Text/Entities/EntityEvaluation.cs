using Entente.Text.Evaluation;

namespace Entente.Text.Entities;

/// <summary>Exact-match entity scores (span and type), overall and per type.</summary>
public sealed record EntityScores(F1Score Overall, IReadOnlyDictionary<string, F1Score> ByType, double WordsPerSecond);

/// <summary>Scores a recognizer against gold IOB2 sentences.</summary>
public static class EntityEvaluation
{
    /// <summary>Runs the recognizer on each sentence and compares entity spans.</summary>
    public static EntityScores Run(EntityRecognizer recognizer, IReadOnlyList<EntitySentence> gold)
    {
        var byType = new Dictionary<string, F1Score>();
        foreach (var t in recognizer.Labels.Types) byType[t] = default;
        var labels = new int[256];
        var tags = new List<string>();
        long words = 0;
        var sw = new System.Diagnostics.Stopwatch();
        foreach (var s in gold)
        {
            if (labels.Length < s.Words.Length) labels = new int[s.Words.Length * 2];
            sw.Start();
            recognizer.Recognize(s.Words, s.Xpos, labels);
            sw.Stop();
            words += s.Words.Length;
            tags.Clear();
            for (int i = 0; i < s.Words.Length; i++) tags.Add(recognizer.Labels.ToIob2(labels[i]));
            var predicted = EntitySpans.FromIob2(tags);
            var expected = EntitySpans.FromIob2(s.Tags);
            foreach (var type in byType.Keys.ToList())
            {
                int p = predicted.Count(e => e.Type == type), g = expected.Count(e => e.Type == type);
                int c = predicted.Count(e => e.Type == type && expected.Contains(e));
                byType[type] += new F1Score(c, p, g);
            }
        }
        var overall = byType.Values.Aggregate(default(F1Score), (a, b) => a + b);
        return new EntityScores(overall, byType, words / Math.Max(sw.Elapsed.TotalSeconds, 1e-9));
    }
}
