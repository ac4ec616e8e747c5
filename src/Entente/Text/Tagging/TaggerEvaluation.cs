using System.Diagnostics;

namespace Entente.Text.Tagging;

/// <summary>Tagging accuracy on gold words, and throughput.</summary>
/// <param name="Words">Words scored.</param>
/// <param name="Upos">UPOS accuracy, percent.</param>
/// <param name="Xpos">XPOS accuracy, percent.</param>
/// <param name="Both">Both tags right, percent.</param>
/// <param name="WordsPerSecond">Tagging speed on one thread.</param>
/// <param name="Lemma">Lemma accuracy with predicted tags, percent (NaN without a lemmatizer).</param>
public sealed record TaggerAccuracy(int Words, double Upos, double Xpos, double Both, double WordsPerSecond, double Lemma);

/// <summary>Scores a tagger against gold-tagged sentences.</summary>
public static class TaggerEvaluation
{
    /// <summary>Tags every sentence's gold words and compares.</summary>
    public static TaggerAccuracy Run(PerceptronTagger tagger, IReadOnlyList<TaggedSentence> gold, Lemmas.Lemmatizer? lemmatizer = null)
    {
        int total = 0, upos = 0, xpos = 0, both = 0, lemmas = 0;
        var sw = Stopwatch.StartNew();
        var tagTime = TimeSpan.Zero;
        var classes = new int[512];
        foreach (var s in gold)
        {
            if (classes.Length < s.Words.Length) classes = new int[s.Words.Length * 2];
            sw.Restart();
            tagger.Tag(s.Words, classes);
            tagTime += sw.Elapsed;
            for (int i = 0; i < s.Words.Length; i++)
            {
                bool u = tagger.Tags.Upos(classes[i]) == s.Upos[i], x = tagger.Tags.Xpos(classes[i]) == s.Xpos[i];
                total++;
                if (u) upos++;
                if (x) xpos++;
                if (u && x) both++;
                if (lemmatizer is not null && s.Lemmas is not null && lemmatizer.Lemmatize(s.Words[i], tagger.Tags.Xpos(classes[i])) == s.Lemmas[i]) lemmas++;
            }
        }
        double secs = tagTime.TotalSeconds;
        return new TaggerAccuracy(total, 100.0 * upos / total, 100.0 * xpos / total, 100.0 * both / total, total / Math.Max(secs, 1e-9),
            lemmatizer is null ? double.NaN : 100.0 * lemmas / total);
    }
}
