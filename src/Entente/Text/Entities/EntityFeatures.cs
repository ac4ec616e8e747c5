using Entente.Text.Learning;

namespace Entente.Text.Entities;

/// <summary>The inputs of the entity recognizer for one sentence.</summary>
/// <param name="Words">Word forms.</param>
/// <param name="Xpos">Penn POS tags from the tagger.</param>
/// <param name="Gazetteer">Gazetteer hits per word.</param>
/// <param name="Lexicon">Hits of the fixed lexicon (our own name and word lists).</param>
internal readonly ref struct EntityInput(ReadOnlySpan<string> words, ReadOnlySpan<string> xpos, ReadOnlySpan<GazetteerHit> gazetteer,
    ReadOnlySpan<GazetteerHit> lexicon)
{
    public readonly ReadOnlySpan<GazetteerHit> Lexicon = lexicon;
    public readonly ReadOnlySpan<string> Words = words;
    public readonly ReadOnlySpan<string> Xpos = xpos;
    public readonly ReadOnlySpan<GazetteerHit> Gazetteer = gazetteer;

    /// <summary>How the sentence is cased (see <see cref="EntityFeatures.Casing"/>).</summary>
    public readonly char Casing = EntityFeatures.Casing(words);
}

/// <summary>Feature templates of the entity recognizer: words, case and shape, affixes, POS, gazetteer, label bigrams.</summary>
internal static class EntityFeatures
{
    /// <summary>Upper bound on the number of features of one word.</summary>
    public const int Max = 64;

    /// <summary>
    /// Sentence casing: 'l' when no word but the first is capitalised (web text typed in lower case),
    /// 'u' when most words are all capitals, 't' when most are capitalised (titles), else 'n'. Capitalisation
    /// means little in the first three, so shape features are conjoined with it.
    /// </summary>
    public static char Casing(ReadOnlySpan<string> words)
    {
        int alpha = 0, caps = 0, upper = 0;
        for (int i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Length == 0 || !char.IsLetter(w[0])) continue;
            alpha++;
            if (char.IsUpper(w[0]) && i > 0) caps++;
            if (w.Length > 1 && IsAllUpper(w)) upper++;
        }
        if (alpha < 3) return 'n';
        if (upper * 10 >= alpha * 6) return 'u';
        if (caps == 0) return 'l';
        if (caps * 10 >= (alpha - 1) * 6) return 't';
        return 'n';
    }

    /// <summary>Writes the features of word <paramref name="i"/> and returns how many.</summary>
    public static int Extract(in EntityInput x, int i, Span<ulong> f)
    {
        int n = 0;
        var w = x.Words[i].AsSpan();
        f[n++] = FeatureHash.Of(100);
        f[n++] = FeatureHash.Of(101, w);
        f[n++] = FeatureHash.OfLower(102, w);
        for (int k = 1; k <= 4 && k < w.Length; k++) f[n++] = FeatureHash.OfLower(102 + k, w[^k..]);
        for (int k = 1; k <= 3 && k < w.Length; k++) f[n++] = FeatureHash.Of(106 + k, w[..k]);
        Span<char> shape = stackalloc char[24];
        var sh = shape[..WordShape.Write(w, shape)];
        f[n++] = FeatureHash.Of(110, sh);
        f[n++] = FeatureHash.Of(111, Word(x.Words, i - 1));
        f[n++] = FeatureHash.Of(112, Word(x.Words, i + 1));
        f[n++] = FeatureHash.OfLower(113, Word(x.Words, i - 2));
        f[n++] = FeatureHash.OfLower(114, Word(x.Words, i + 2));
        Span<char> other = stackalloc char[24]; // not shape: sh stays in use below
        f[n++] = FeatureHash.Of(115, other[..WordShape.WriteShort(Word(x.Words, i - 1), other)]);
        f[n++] = FeatureHash.Of(116, other[..WordShape.WriteShort(Word(x.Words, i + 1), other)]);
        var pos = Tag(x.Xpos, i);
        f[n++] = FeatureHash.Of(117, pos);
        f[n++] = FeatureHash.Of(118, Tag(x.Xpos, i - 1));
        f[n++] = FeatureHash.Of(119, Tag(x.Xpos, i + 1));
        f[n++] = FeatureHash.Of(120, pos, Tag(x.Xpos, i + 1));
        f[n++] = FeatureHash.Of(121, Tag(x.Xpos, i - 1), pos);
        f[n++] = FeatureHash.OfLower(126, Word(x.Words, i - 1), w);
        f[n++] = FeatureHash.OfLower(127, w, Word(x.Words, i + 1));
        int flags = (i == 0 ? 1 : 0) | (w.Length > 0 && char.IsUpper(w[0]) ? 2 : 0) | (IsAllUpper(w) ? 4 : 0)
                    | (i + 1 < x.Words.Length && x.Words[i + 1].Length > 0 && char.IsUpper(x.Words[i + 1][0]) ? 8 : 0)
                    | (i > 0 && x.Words[i - 1].Length > 0 && char.IsUpper(x.Words[i - 1][0]) ? 16 : 0);
        f[n++] = FeatureHash.Of(128, flags);
        var g = x.Gazetteer[i];
        if (g.Type is not null)
        {
            f[n++] = FeatureHash.Of(130, g.Type, g.Begins ? "B" : "I");
            f[n++] = FeatureHash.Of(131, g.Type, sh);
        }
        var gn = i + 1 < x.Words.Length ? x.Gazetteer[i + 1] : default;
        if (gn.Type is not null) f[n++] = FeatureHash.Of(132, gn.Type, gn.Begins ? "B" : "I");
        var gp = i > 0 ? x.Gazetteer[i - 1] : default;
        if (gp.Type is not null) f[n++] = FeatureHash.Of(133, gp.Type, gp.Begins ? "B" : "I");
        f[n++] = FeatureHash.OfLower(134, w, pos);
        f[n++] = FeatureHash.OfLower(150, Word(x.Words, i - 1));
        f[n++] = FeatureHash.OfLower(151, Word(x.Words, i + 1));
        Span<char> cs = stackalloc char[1];
        cs[0] = x.Casing;
        f[n++] = FeatureHash.Of(152, cs, other[..WordShape.WriteShort(w, other)]);
        f[n++] = FeatureHash.Of(153, cs, pos);
        f[n++] = FeatureHash.Of(160, flags * 256 + x.Casing);
        f[n++] = FeatureHash.Of(154, Tag(x.Xpos, i - 2));
        f[n++] = FeatureHash.Of(155, Tag(x.Xpos, i + 2));
        f[n++] = FeatureHash.Of(156, Tag(x.Xpos, i - 1), Tag(x.Xpos, i + 1));
        Span<char> three = stackalloc char[72];
        // At most 23 characters of each shape, so that both separators always fit.
        int t = WordShape.WriteShort(Word(x.Words, i - 1), three[..23]);
        three[t++] = '|';
        t += WordShape.WriteShort(w, three.Slice(t, 23));
        three[t++] = '|';
        t += WordShape.WriteShort(Word(x.Words, i + 1), three.Slice(t, 23));
        f[n++] = FeatureHash.Of(157, three[..t]);
        var lx = x.Lexicon[i];
        if (lx.Type is not null)
        {
            f[n++] = FeatureHash.Of(140, lx.Type, lx.Begins ? "B" : "I");
            f[n++] = FeatureHash.Of(141, lx.Type, sh);
        }
        var ln = i + 1 < x.Words.Length ? x.Lexicon[i + 1] : default;
        if (ln.Type is not null) f[n++] = FeatureHash.Of(142, ln.Type, ln.Begins ? "B" : "I");
        var lp = i > 0 ? x.Lexicon[i - 1] : default;
        if (lp.Type is not null) f[n++] = FeatureHash.Of(143, lp.Type, lp.Begins ? "B" : "I");
        return n;
    }

    /// <summary>Key of the label-bigram feature after <paramref name="prev"/> (-1 = sentence start); its class is the next label.</summary>
    public static ulong Transition(int prev) => FeatureHash.Of(122, prev);

    private static ReadOnlySpan<char> Word(ReadOnlySpan<string> words, int j) =>
        j < 0 ? "<s>" : j >= words.Length ? "</s>" : words[j].AsSpan();

    private static ReadOnlySpan<char> Tag(ReadOnlySpan<string> tags, int j) =>
        j < 0 ? "<s>" : j >= tags.Length ? "</s>" : (tags[j] ?? "_").AsSpan();

    private static bool IsAllUpper(ReadOnlySpan<char> w)
    {
        bool any = false;
        foreach (char c in w)
        {
            if (char.IsLower(c)) return false;
            if (char.IsUpper(c)) any = true;
        }
        return any;
    }
}
