using Entente.Model;

namespace Entente.Text.Evaluation;

/// <summary>End-to-end scores of predicted documents against gold, CoNLL 2018 shared-task style.</summary>
public sealed record PipelineScores(F1Score Tokens, F1Score Sentences, F1Score Words, F1Score Upos, F1Score Xpos,
    F1Score Lemmas, F1Score Uas, F1Score Las, bool Parsed);

/// <summary>
/// Aligns predicted words to gold words by character offsets, as in the CoNLL 2018 shared task:
/// predicted words are grouped into surface tokens by <see cref="Token.Surface"/>, and surface
/// tokens match when their spans are equal; inside matched multiword tokens, words are
/// aligned by the longest common subsequence of their lowercased forms. Tag, lemma and
/// attachment scores are F1 over aligned words.
/// </summary>
public static class PipelineScorer
{
    /// <summary>Accumulates the scores of one document.</summary>
    public static PipelineScores Score(GoldDocument gold, Document predicted)
    {
        var words = new List<(Token T, int Sentence, int Index)>();
        var sentenceSpans = new List<CharSpan>();
        var sentenceFirst = new List<int>();
        foreach (var s in predicted.Sentences)
        {
            sentenceSpans.Add(s.Span);
            sentenceFirst.Add(words.Count);
            for (int i = 0; i < s.Tokens.Length; i++) words.Add((s.Tokens[i], s.Index, i));
        }
        // Surface tokens: runs of consecutive words that share Token.Surface (a multiword token's words
        // have exact spans of their own, so the explicit surface span is what groups them).
        var predTokens = new List<(CharSpan Span, int First, int Count)>();
        for (int i = 0; i < words.Count; i++)
        {
            var span = words[i].T.Surface;
            if (predTokens.Count > 0 && predTokens[^1].Span == span && predTokens[^1].First + predTokens[^1].Count == i)
                predTokens[^1] = (span, predTokens[^1].First, predTokens[^1].Count + 1);
            else predTokens.Add((span, i, 1));
        }
        var goldTokenFirst = new List<(int First, int Count)>();
        for (int w = 0; w < gold.Words.Count; w++)
        {
            if (goldTokenFirst.Count > 0 && gold.Words[goldTokenFirst[^1].First].Token == gold.Words[w].Token)
                goldTokenFirst[^1] = (goldTokenFirst[^1].First, goldTokenFirst[^1].Count + 1);
            else goldTokenFirst.Add((w, 1));
        }

        var align = new int[words.Count]; // predicted word → gold word, or -1
        Array.Fill(align, -1);
        int tokCorrect = 0;
        for (int p = 0, g = 0; p < predTokens.Count && g < goldTokenFirst.Count;)
        {
            var ps = predTokens[p].Span;
            var gs = gold.Words[goldTokenFirst[g].First].Token;
            if (ps == gs)
            {
                tokCorrect++;
                AlignWords(words, predTokens[p].First, predTokens[p].Count, gold, goldTokenFirst[g].First, goldTokenFirst[g].Count, align);
                p++; g++;
            }
            else if (ps.Start < gs.Start || (ps.Start == gs.Start && ps.End < gs.End)) p++;
            else g++;
        }

        int aligned = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
        bool parsed = false;
        for (int i = 0; i < words.Count; i++)
        {
            int g = align[i];
            if (g < 0) continue;
            aligned++;
            var t = words[i].T;
            var gw = gold.Words[g];
            if (t.Upos == gw.Upos) upos++;
            if (t.Xpos == gw.Xpos) xpos++;
            if (t.Lemma == gw.Lemma) lemma++;
            if (t.Relation is not null) parsed = true;
            int predHeadGold = t.Head < 0 ? -1 : align[sentenceFirst[words[i].Sentence] + t.Head];
            bool headOk = t.Head < 0 ? gw.Head < 0 : predHeadGold >= 0 && predHeadGold == gw.Head;
            if (headOk && t.Relation is not null)
            {
                uas++;
                if (Universal(t.Relation) == Universal(gw.Relation)) las++;
            }
        }
        int sentCorrect = CountEqual(sentenceSpans, gold.Sentences);
        int np = words.Count, ng = gold.Words.Count;
        return new PipelineScores(
            new F1Score(tokCorrect, predTokens.Count, gold.Tokens.Count),
            new F1Score(sentCorrect, sentenceSpans.Count, gold.Sentences.Count),
            new F1Score(aligned, np, ng), new F1Score(upos, np, ng), new F1Score(xpos, np, ng), new F1Score(lemma, np, ng),
            new F1Score(uas, np, ng), new F1Score(las, np, ng), parsed);
    }

    /// <summary>Sums per-document scores.</summary>
    public static PipelineScores Sum(IEnumerable<PipelineScores> all)
    {
        F1Score t = default, s = default, w = default, u = default, x = default, l = default, ua = default, la = default;
        bool parsed = false;
        foreach (var a in all)
        {
            t += a.Tokens; s += a.Sentences; w += a.Words; u += a.Upos; x += a.Xpos; l += a.Lemmas; ua += a.Uas; la += a.Las;
            parsed |= a.Parsed;
        }
        return new PipelineScores(t, s, w, u, x, l, ua, la, parsed);
    }

    private static string Universal(string rel) { int c = rel.IndexOf(':'); return c < 0 ? rel : rel[..c]; }

    private static int CountEqual(List<CharSpan> a, List<CharSpan> b)
    {
        var set = new HashSet<CharSpan>(b);
        return a.Count(set.Contains);
    }

    private static void AlignWords(List<(Token T, int Sentence, int Index)> pred, int pFirst, int pCount,
        GoldDocument gold, int gFirst, int gCount, int[] align)
    {
        if (pCount == 1 && gCount == 1) { align[pFirst] = gFirst; return; }
        // Longest common subsequence of lowercased forms.
        var dp = new int[pCount + 1, gCount + 1];
        for (int i = pCount - 1; i >= 0; i--)
            for (int j = gCount - 1; j >= 0; j--)
                dp[i, j] = string.Equals(pred[pFirst + i].T.Text, gold.Words[gFirst + j].Form, StringComparison.OrdinalIgnoreCase)
                    ? dp[i + 1, j + 1] + 1 : Math.Max(dp[i + 1, j], dp[i, j + 1]);
        for (int i = 0, j = 0; i < pCount && j < gCount;)
        {
            if (string.Equals(pred[pFirst + i].T.Text, gold.Words[gFirst + j].Form, StringComparison.OrdinalIgnoreCase))
            { align[pFirst + i] = gFirst + j; i++; j++; }
            else if (dp[i + 1, j] >= dp[i, j + 1]) i++;
            else j++;
        }
    }
}
