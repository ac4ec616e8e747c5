using System.Diagnostics;
using Entente.Text.Corpora;

namespace Entente.Text.Parsing;

/// <summary>Parses gold-tokenised corpus sentences with given tags and scores them.</summary>
public static class ParserEvaluator
{
    /// <summary>
    /// Parses every sentence (tags from <paramref name="tags"/>, computed before the clock starts)
    /// and returns the scores and the parsing time alone.
    /// </summary>
    public static (AttachmentScore Score, TimeSpan ParseTime) Evaluate(DependencyParser parser, IReadOnlyList<ConlluSentence> sentences, ITagProvider tags)
    {
        var r = EvaluateTimed(parser, sentences, tags);
        return (r.Score, r.ParseTime);
    }

    /// <summary>
    /// As <see cref="Evaluate"/>, also returning the process CPU time spent parsing: on a shared
    /// machine CPU time, not wall time, measures the parser's own speed (parsing is single-threaded).
    /// </summary>
    /// <param name="parser">The parser scored.</param>
    /// <param name="sentences">Gold sentences.</param>
    /// <param name="tags">Where the parser's input tags come from.</param>
    /// <param name="parsed">Called after each sentence (outside the timing) with its tags, 0-based heads and relations.</param>
    public static (AttachmentScore Score, TimeSpan ParseTime, TimeSpan CpuTime) EvaluateTimed(DependencyParser parser, IReadOnlyList<ConlluSentence> sentences, ITagProvider tags,
        Action<ConlluSentence, string[], string[], ReadOnlyMemory<int>, ReadOnlyMemory<string>>? parsed = null)
    {
        var prepared = sentences.Select(s =>
        {
            var t = tags.Tag(s);
            return (Sentence: s, Forms: s.Words.Select(w => w.Form).ToArray(), Upos: t.Select(x => x.Upos).ToArray(), Xpos: t.Select(x => x.Xpos).ToArray());
        }).ToList();
        var score = default(AttachmentScore);
        int max = prepared.Count == 0 ? 0 : prepared.Max(p => p.Forms.Length);
        var heads = new int[max];
        var rels = new string[max];
        var parseTime = TimeSpan.Zero;
        using var self = Process.GetCurrentProcess();
        var cpu0 = self.TotalProcessorTime;
        foreach (var p in prepared)
        {
            int n = p.Forms.Length;
            long t0 = Stopwatch.GetTimestamp();
            parser.Parse(p.Forms, p.Upos, p.Xpos, heads.AsSpan(0, n), rels.AsSpan(0, n));
            parseTime += Stopwatch.GetElapsedTime(t0);
            score += AttachmentScore.Of(p.Sentence, heads.AsSpan(0, n), rels.AsSpan(0, n));
            parsed?.Invoke(p.Sentence, p.Upos, p.Xpos, heads.AsMemory(0, n), rels.AsMemory(0, n));
        }
        self.Refresh();
        return (score, parseTime, self.TotalProcessorTime - cpu0);
    }
}
