using Entente.Text.Learning;

namespace Entente.Text.Entities;

/// <summary>The inputs of the entity recognizer for one sentence.</summary>
/// <param name="words">Word forms.</param>
/// <param name="xpos">Penn POS tags from the tagger.</param>
/// <param name="gazetteer">Gazetteer hits per word.</param>
/// <param name="lexicon">Hits of the fixed lexicon (our own name and word lists).</param>
/// <param name="profile">How each word is usually cased in the training text.</param>
/// <param name="wordList">How each word is cased in a large English word list.</param>
/// <param name="clusters">Word classes learned from unlabelled text (none, one or several maps).</param>
internal readonly ref struct EntityInput(ReadOnlySpan<string> words, ReadOnlySpan<string> xpos, ReadOnlySpan<GazetteerHit> gazetteer,
    ReadOnlySpan<GazetteerHit> lexicon, CaseProfile profile, WordListCase wordList, WordClusters[] clusters)
{
    public readonly WordClusters[] Clusters = clusters;
    public readonly WordListCase WordList = wordList;
    public readonly CaseProfile Profile = profile;
    public readonly ReadOnlySpan<GazetteerHit> Lexicon = lexicon;
    public readonly ReadOnlySpan<string> Words = words;
    public readonly ReadOnlySpan<string> Xpos = xpos;
    public readonly ReadOnlySpan<GazetteerHit> Gazetteer = gazetteer;

    /// <summary>How the sentence is cased (see <see cref="EntityFeatures.Casing"/>).</summary>
    public readonly char Casing = EntityFeatures.Casing(words);
}

/// <summary>
/// Feature templates of the entity recognizer: words, case and shape, affixes, POS, gazetteer, label bigrams,
/// the training text's usual case of each word, context words with the word's shape, runs of capitalised words,
/// sentence length, and whether the word is inside quotes or brackets.
/// </summary>
internal static class EntityFeatures
{
    /// <summary>Upper bound on the number of features of one word.</summary>
    public const int Max = 112;

    /// <summary>Most word-class maps that give features (four features each).</summary>
    public const int MaxClusterings = 8;

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
        // How the word and its neighbours are usually cased in the training text, against how they are cased here.
        f[n++] = FeatureHash.Of(161, x.Profile.Of(x.Words[i]) * 16 + CaseClass(w) * 2 + (i == 0 ? 1 : 0), cs);
        f[n++] = FeatureHash.Of(162, i > 0 ? x.Profile.Of(x.Words[i - 1]) * 16 + CaseClass(x.Words[i - 1]) : -1);
        f[n++] = FeatureHash.Of(163, i + 1 < x.Words.Length ? x.Profile.Of(x.Words[i + 1]) * 16 + CaseClass(x.Words[i + 1]) : -1);
        // Context words with the word's shape, not its identity: "in Xx", "Xx said" generalise to unseen names.
        var ss = other[..WordShape.WriteShort(w, other)];
        f[n++] = FeatureHash.OfLower(164, Word(x.Words, i - 1), ss);
        f[n++] = FeatureHash.OfLower(165, Word(x.Words, i + 1), ss);
        f[n++] = FeatureHash.OfLower(166, Word(x.Words, i - 2), Word(x.Words, i - 1));
        if (w.Length > 4) f[n++] = FeatureHash.Of(167, w[..4]);
        if (IsCapitalised(x.Words[i]))
        {
            // The run of capitalised words around this one: its length and where this word sits in it.
            int a = i, b = i;
            while (a > 0 && IsCapitalised(x.Words[a - 1])) a--;
            while (b + 1 < x.Words.Length && IsCapitalised(x.Words[b + 1])) b++;
            f[n++] = FeatureHash.Of(168, Math.Min(b - a + 1, 5) * 8 + (i == a ? 1 : 0) + (i == b ? 2 : 0) + (a == 0 ? 4 : 0));
        }
        f[n++] = FeatureHash.Of(169, Math.Min(x.Words.Length, 6), cs); // short web sentences ("Miramar ?") are often bare names
        if (lx.Type is not null) f[n++] = FeatureHash.Of(170, lx.Type, cs);
        if (g.Type is not null) f[n++] = FeatureHash.Of(171, g.Type, cs);
        // How the word list writes the word and its neighbours, against how they are written here.
        if (x.WordList.Count > 0)
        {
            int listed = x.WordList.Of(w);
            f[n++] = FeatureHash.Of(175, listed * 16 + CaseClass(w) * 2 + (i == 0 ? 1 : 0), cs);
            f[n++] = FeatureHash.Of(176, listed * 16 + x.Profile.Of(x.Words[i]) % 16, CaseClass(w));
            f[n++] = FeatureHash.Of(177, i > 0 ? x.WordList.Of(x.Words[i - 1]) * 4 + CaseClass(x.Words[i - 1]) : -1);
            f[n++] = FeatureHash.Of(178, i + 1 < x.Words.Length ? x.WordList.Of(x.Words[i + 1]) * 4 + CaseClass(x.Words[i + 1]) : -1);
            f[n++] = FeatureHash.Of(179, listed * 64 + CaseClass(w) * 16 + (i == 0 ? 1 : 0), pos);
        }
        // Word classes from unlabelled text: unseen names share classes with the names of the training text.
        for (int k = 0; k < x.Clusters.Length && k < MaxClusterings; k++)
        {
            var map = x.Clusters[k];
            int c = map.Of(w), tk = 300 + 4 * k;
            f[n++] = FeatureHash.Of(tk, c);
            f[n++] = FeatureHash.Of(tk + 1, c * 4 + CaseClass(w), cs);
            f[n++] = FeatureHash.Of(tk + 2, i > 0 ? map.Of(x.Words[i - 1]) : -2);
            f[n++] = FeatureHash.Of(tk + 3, i + 1 < x.Words.Length ? map.Of(x.Words[i + 1]) : -2);
        }
        int quotes = 0, parens = 0;
        for (int j = 0; j < i; j++)
        {
            var q = x.Words[j];
            if (q.Length > 2) continue;
            if (q is "\"" or "``" or "''") quotes ^= 1;
            else if (q is "(" or "[") parens++;
            else if (q is ")" or "]" && parens > 0) parens--;
        }
        if (quotes + parens > 0) f[n++] = FeatureHash.Of(172, quotes * 2 + (parens > 0 ? 1 : 0));
        return n;
    }

    /// <summary>Key of the label-bigram feature after <paramref name="prev"/> (-1 = sentence start); its class is the next label.</summary>
    public static ulong Transition(int prev) => FeatureHash.Of(122, prev);

    private static ReadOnlySpan<char> Word(ReadOnlySpan<string> words, int j) =>
        j < 0 ? "<s>" : j >= words.Length ? "</s>" : words[j].AsSpan();

    private static ReadOnlySpan<char> Tag(ReadOnlySpan<string> tags, int j) =>
        j < 0 ? "<s>" : j >= tags.Length ? "</s>" : (tags[j] ?? "_").AsSpan();

    /// <summary>0 lower case first letter, 1 capitalised, 2 all capitals, 3 no letter first.</summary>
    private static int CaseClass(ReadOnlySpan<char> w) =>
        w.Length == 0 || !char.IsLetter(w[0]) ? 3 : char.IsLower(w[0]) ? 0 : w.Length > 1 && IsAllUpper(w) ? 2 : 1;

    private static bool IsCapitalised(string w) => w.Length > 0 && char.IsUpper(w[0]);

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
