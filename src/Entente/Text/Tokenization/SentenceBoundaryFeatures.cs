using Entente.Model;
using Entente.Text.Learning;

namespace Entente.Text.Tokenization;

/// <summary>
/// Features of a candidate sentence boundary after token <c>i</c>: the tokens around it, their
/// shapes, the spacing, the rule splitter's own decision, and the length of the sentence so far.
/// </summary>
internal static class SentenceBoundaryFeatures
{
    public const int Max = 24;

    public static int Extract(string text, List<Token> tokens, int i, int sinceBoundary, Span<ulong> f)
    {
        int n = 0;
        var cur = tokens[i].Text.AsSpan();
        var next = tokens[i + 1].Text.AsSpan();
        var prev = i > 0 ? tokens[i - 1].Text.AsSpan() : "<s>";
        var next2 = i + 2 < tokens.Count ? tokens[i + 2].Text.AsSpan() : "</s>";
        bool rule = RuleSentenceSplitter.BoundaryAfter(tokens, i);
        Span<char> a = stackalloc char[16], b = stackalloc char[16];
        var curShape = a[..WordShape.WriteShort(cur, a)];
        var nextShape = b[..WordShape.WriteShort(next, b)];
        int gap = tokens[i + 1].Start - tokens[i].End;
        int gapKind = gap == 0 ? 0 : gap == 1 ? 1 : 2;
        if (gap > 0 && text.AsSpan(tokens[i].End, gap).Contains('\n')) gapKind = 3;
        int len = sinceBoundary < 3 ? 0 : sinceBoundary < 6 ? 1 : sinceBoundary < 11 ? 2 : sinceBoundary < 21 ? 3 : sinceBoundary < 41 ? 4 : 5;
        f[n++] = FeatureHash.Of(200);
        f[n++] = FeatureHash.Of(201, rule ? 1 : 0);
        f[n++] = FeatureHash.OfLower(202, cur);
        f[n++] = FeatureHash.OfLower(203, next);
        f[n++] = FeatureHash.OfLower(204, prev);
        f[n++] = FeatureHash.Of(205, curShape);
        f[n++] = FeatureHash.Of(206, nextShape);
        f[n++] = FeatureHash.Of(207, curShape, nextShape);
        f[n++] = FeatureHash.OfLower(208, cur, nextShape);
        f[n++] = FeatureHash.OfLower(209, prev, cur);
        f[n++] = FeatureHash.Of(210, gapKind);
        f[n++] = FeatureHash.Of(211, gapKind, curShape);
        f[n++] = FeatureHash.Of(212, len);
        f[n++] = FeatureHash.Of(213, len, rule ? 1 : 0);
        f[n++] = FeatureHash.Of(214, rule ? 1 : 0, nextShape);
        f[n++] = FeatureHash.OfLower(215, next, next2.Length > 0 ? next2[..1] : "");
        f[n++] = FeatureHash.Of(216, cur.Length > 0 && char.IsUpper(cur[0]) && cur[^1] == '.' ? 1 : 0, nextShape);
        f[n++] = FeatureHash.Of(217, len, curShape);
        return n;
    }
}
