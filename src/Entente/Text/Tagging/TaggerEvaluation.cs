using System.Diagnostics;

namespace Entente.Text.Tagging;

/// <summary>Tagging accuracy on gold words, and throughput.</summary>
/// <param name="Words">Words scored.</param>
/// <param name="Upos">UPOS accuracy, percent.</param>
/// <param name="Xpos">XPOS accuracy, percent.</param>
/// <param name="Both">Both tags right, percent.</param>
/// <param name="WordsPerSecond">Tagging speed on one thread.</param>
public sealed record TaggerAccuracy(int Words, double Upos, double Xpos, double Both, double WordsPerSecond)
{
}

/// <summary>Scores a tagger against gold-tagged sentences.</summary>
public static class TaggerEvaluation
{
    /// <summary>Tags every sentence's gold words and compares.</summary>
    public static TaggerAccuracy Run(PerceptronTagger tagger, IReadOnlyList<TaggedSentence> gold)
    {
        int total = 0, upos = 0, xpos = 0, both = 0;
        var classes = new int[512];
        var sw = Stopwatch.StartNew();
        foreach (var s in gold)
        {
            if (classes.Length < s.Words.Length) classes = new int[s.Words.Length * 2];
            tagger.Tag(s.Words, classes);
            for (int i = 0; i < s.Words.Length; i++)
            {
                bool u = tagger.Tags.Upos(classes[i]) == s.Upos[i], x = tagger.Tags.Xpos(classes[i]) == s.Xpos[i];
                total++;
                if (u) upos++;
                if (x) xpos++;
                if (u && x) both++;
            }
        }
        double secs = sw.Elapsed.TotalSeconds;
        return new TaggerAccuracy(total, 100.0 * upos / total, 100.0 * xpos / total, 100.0 * both / total, total / Math.Max(secs, 1e-9));
    }
}
