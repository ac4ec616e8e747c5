using Entente.Text.Evaluation;

namespace Entente.Text.Entities;

/// <summary>Exact-match entity scores (span and type), overall and per type.</summary>
public sealed record EntityScores(F1Score Overall, IReadOnlyDictionary<string, F1Score> ByType, double WordsPerSecond);

/// <summary>Scores a recognizer against gold IOB2 sentences.</summary>
public static class EntityEvaluation
{
    /// <summary>Runs the recognizer on each document (consecutive sentences with one <see cref="EntitySentence.Doc"/>) and compares entity spans.</summary>
    public static EntityScores Run(EntityRecognizer recognizer, IReadOnlyList<EntitySentence> gold)
    {
        var byType = new Dictionary<string, F1Score>();
        foreach (var t in recognizer.Labels.Types) byType[t] = default;
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var labels = Label(recognizer, gold);
        sw.Stop();
        long words = 0;
        for (int k = 0; k < gold.Count; k++)
        {
            var s = gold[k];
            words += s.Words.Length;
            var predicted = EntitySpans.FromIob2(labels[k].Select(recognizer.Labels.ToIob2).ToList());
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

    /// <summary>
    /// The recognizer's labels for each sentence of <paramref name="gold"/>, the sentences of one document recognized
    /// together (the second pass reads the whole document), as <see cref="Run"/> scores them.
    /// </summary>
    public static List<int[]> Label(EntityRecognizer recognizer, IReadOnlyList<EntitySentence> gold)
    {
        var result = new List<int[]>(gold.Count);
        for (int start = 0; start < gold.Count;)
        {
            int end = start + 1;
            while (end < gold.Count && gold[end].Doc is { } d && d == gold[start].Doc) end++;
            var doc = gold.Skip(start).Take(end - start).ToList();
            var labels = doc.Select(s => new int[s.Words.Length]).ToList();
            recognizer.RecognizeDocument(doc.Select(s => s.Words).ToList(), doc.Select(s => s.Xpos).ToList(), labels);
            result.AddRange(labels);
            start = end;
        }
        return result;
    }
}
