using Entente.Text.Learning;

namespace Entente.Text.Tagging;

/// <summary>
/// Feature templates of the POS tagger: the word and its neighbours, affixes, shapes, and the two
/// previous predicted tags. Each feature is one hashed key; nothing is allocated.
/// </summary>
internal static class TaggerFeatures
{
    /// <summary>Upper bound on the number of features of one token.</summary>
    public const int Max = 64;

    private const int StartTag = 1000, NoTag = 1001;

    /// <summary>Writes the features of word <paramref name="i"/> and returns how many.</summary>
    /// <param name="words">The sentence.</param>
    /// <param name="ambiguity">Ambiguity class of each word.</param>
    /// <param name="right">First-pass tags (second pass only), else empty.</param>
    /// <param name="clusters">Word-class code of each word (<see cref="WordClusterCodes"/>), or empty when the model has none.</param>
    /// <param name="i">The word.</param>
    /// <param name="prev1">Tag of the previous word.</param>
    /// <param name="prev2">Tag of the word before.</param>
    /// <param name="f">Receives the features.</param>
    public static int Extract(ReadOnlySpan<string> words, ReadOnlySpan<int> ambiguity, ReadOnlySpan<int> right, ReadOnlySpan<int> clusters,
        int i, int prev1, int prev2, Span<ulong> f)
    {
        int n = 0;
        var w = words[i].AsSpan();
        int p1 = i > 0 ? prev1 : StartTag;
        int p2 = i > 1 ? prev2 : i > 0 ? StartTag : NoTag;
        f[n++] = FeatureHash.Of(0);
        f[n++] = FeatureHash.Of(1, w);
        f[n++] = FeatureHash.OfLower(2, w);
        for (int k = 1; k <= 4 && k < w.Length; k++) f[n++] = FeatureHash.OfLower(2 + k, w[^k..]);
        for (int k = 1; k <= 3 && k < w.Length; k++) f[n++] = FeatureHash.OfLower(6 + k, w[..k]);
        Span<char> shape = stackalloc char[24];
        f[n++] = FeatureHash.Of(10, shape[..WordShape.Write(w, shape)]);
        f[n++] = FeatureHash.Of(11, shape[..WordShape.WriteShort(w, shape)]);

        var wm1 = Word(words, i - 1); var wm2 = Word(words, i - 2);
        var wp1 = Word(words, i + 1); var wp2 = Word(words, i + 2);
        f[n++] = FeatureHash.OfLower(12, wm1);
        f[n++] = FeatureHash.OfLower(13, wm2);
        f[n++] = FeatureHash.OfLower(14, wp1);
        f[n++] = FeatureHash.OfLower(15, wp2);
        f[n++] = FeatureHash.OfLower(16, Suffix(wm1, 3));
        f[n++] = FeatureHash.OfLower(17, Suffix(wp1, 3));
        f[n++] = FeatureHash.OfLower(18, Suffix(wp1, 1));
        f[n++] = FeatureHash.Of(19, p1);
        f[n++] = FeatureHash.Of(20, p1, p2);
        f[n++] = FeatureHash.OfLower(21, w, p1);
        f[n++] = FeatureHash.OfLower(22, w, wp1);
        f[n++] = FeatureHash.OfLower(23, wm1, w);
        f[n++] = FeatureHash.OfLower(24, wp1, p1);
        f[n++] = FeatureHash.Of(25, shape[..WordShape.WriteShort(wp1, shape)]);
        f[n++] = FeatureHash.Of(26, shape[..WordShape.WriteShort(wm1, shape)]);
        f[n++] = FeatureHash.OfLower(27, Suffix(w, 2), p1);
        int flags = (i == 0 ? 1 : 0) | (w.Length > 0 && char.IsUpper(w[0]) ? 2 : 0) | (w.Contains('-') ? 4 : 0)
                    | (HasDigit(w) ? 8 : 0) | (IsAllUpper(w) ? 16 : 0);
        f[n++] = FeatureHash.Of(28, flags);
        f[n++] = FeatureHash.Of(29, flags, p1);
        f[n++] = FeatureHash.OfLower(30, wm1, wp1);
        int a0 = ambiguity[i], a1 = i + 1 < words.Length ? ambiguity[i + 1] : -1, a2 = i + 2 < words.Length ? ambiguity[i + 2] : -1;
        f[n++] = FeatureHash.Of(31, a0);
        f[n++] = FeatureHash.Of(32, a1);
        f[n++] = FeatureHash.Of(33, a2);
        f[n++] = FeatureHash.Of(34, a0, a1);
        f[n++] = FeatureHash.Of(35, a0, p1);
        f[n++] = FeatureHash.Of(36, a1, p1);
        // Longer affixes, the right word bigram, and the left word and tag two back with the current word.
        if (w.Length > 5) f[n++] = FeatureHash.OfLower(42, w[^5..]);
        if (w.Length > 4) f[n++] = FeatureHash.OfLower(43, w[..4]);
        f[n++] = FeatureHash.OfLower(47, wp1, wp2);
        f[n++] = FeatureHash.OfLower(48, wm1, p1);
        f[n++] = FeatureHash.OfLower(49, w, p2);
        if (!clusters.IsEmpty)
        {
            // Classes of unlabelled text give unknown words the company of known ones.
            int c0 = clusters[i], cm1 = i > 0 ? clusters[i - 1] : -2, cp1 = i + 1 < words.Length ? clusters[i + 1] : -2;
            f[n++] = FeatureHash.Of(50, c0);
            f[n++] = FeatureHash.Of(51, c0, p1);
            f[n++] = FeatureHash.Of(52, cp1);
            f[n++] = FeatureHash.Of(53, cm1);
            f[n++] = FeatureHash.Of(54, c0, cp1);
        }
        if (!right.IsEmpty)
        {
            // Tags of the words to the right, as guessed by the first (left-to-right) pass.
            int r1 = i + 1 < words.Length ? right[i + 1] : StartTag, r2 = i + 2 < words.Length ? right[i + 2] : StartTag;
            f[n++] = FeatureHash.Of(37, r1);
            f[n++] = FeatureHash.Of(38, r1, r2);
            f[n++] = FeatureHash.Of(39, p1, r1);
            f[n++] = FeatureHash.OfLower(40, w, r1);
            f[n++] = FeatureHash.Of(41, right[i]);
        }
        return n;
    }

    private static ReadOnlySpan<char> Word(ReadOnlySpan<string> words, int j) =>
        j < 0 ? "<s>" : j >= words.Length ? "</s>" : words[j].AsSpan();

    private static ReadOnlySpan<char> Suffix(ReadOnlySpan<char> w, int k) => w.Length <= k ? w : w[^k..];

    private static bool HasDigit(ReadOnlySpan<char> w)
    {
        foreach (char c in w) if (char.IsDigit(c)) return true;
        return false;
    }

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
