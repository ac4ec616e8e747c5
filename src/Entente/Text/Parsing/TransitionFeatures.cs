using System.Runtime.CompilerServices;

namespace Entente.Text.Parsing;

/// <summary>
/// The feature templates of Zhang &amp; Nivre (2011) for arc-eager parsing — words and tags of the
/// stack top, the next three buffer words, their heads, outermost children and labels, distance,
/// valency, second- and third-order combinations and label sets — plus universal tags, the
/// second stack word, suffixes and linear neighbours. Words are normalised forms; tags are Penn tags.
/// </summary>
internal static class TransitionFeatures
{
    /// <summary>Upper bound on the number of keys written.</summary>
    public const int MaxKeys = 128;

    /// <summary>Writes the feature keys of <paramref name="s"/> and returns how many were written.</summary>
    public static int Extract(ParserInput x, ParserState s, Span<ulong> keys)
    {
        int s0 = s.Stack(0), s1 = s.Stack(1), n0 = s.Buffer, n1 = s.BufferAt(1), n2 = s.BufferAt(2);
        int s0h = s0 >= 0 ? s.Head[s0] : -1;
        int s0h2 = s0h >= 0 ? s.Head[s0h] : -1;
        int s0l = Child(s.Left1, s0), s0l2 = Child(s.Left2, s0), s0r = Child(s.Right1, s0), s0r2 = Child(s.Right2, s0);
        int n0l = Child(s.Left1, n0), n0l2 = Child(s.Left2, n0);

        ulong s0w = W(x, s0), s0p = P(x, s0), n0w = W(x, n0), n0p = P(x, n0);
        ulong n1w = W(x, n1), n1p = P(x, n1), n2w = W(x, n2), n2p = P(x, n2);
        ulong s0wp = ParserHash.F(1000, s0w, s0p), n0wp = ParserHash.F(1001, n0w, n0p), n1wp = ParserHash.F(1002, n1w, n1p);
        ulong dist = s0 > 0 ? (ulong)Math.Min(n0 - s0, 8) : 99;
        ulong s0vl = s0 >= 0 ? (ulong)s.LeftValency[s0] : 99, s0vr = s0 >= 0 ? (ulong)s.RightValency[s0] : 99;
        ulong n0vl = (ulong)s.LeftValency[n0];
        ulong s0sl = s0 >= 0 ? s.LeftLabels[s0] : 0, s0sr = s0 >= 0 ? s.RightLabels[s0] : 0, n0sl = s.LeftLabels[n0];

        int k = 0;
        keys[k++] = ParserHash.F(0, 1);
        // Single words.
        keys[k++] = s0wp; keys[k++] = ParserHash.F(2, s0w); keys[k++] = ParserHash.F(3, s0p);
        keys[k++] = n0wp; keys[k++] = ParserHash.F(5, n0w); keys[k++] = ParserHash.F(6, n0p);
        keys[k++] = n1wp; keys[k++] = ParserHash.F(8, n1w); keys[k++] = ParserHash.F(9, n1p);
        keys[k++] = ParserHash.F(10, n2w, n2p); keys[k++] = ParserHash.F(11, n2w); keys[k++] = ParserHash.F(12, n2p);
        // Word pairs.
        keys[k++] = ParserHash.F(13, s0wp, n0wp); keys[k++] = ParserHash.F(14, s0wp, n0w); keys[k++] = ParserHash.F(15, s0w, n0wp);
        keys[k++] = ParserHash.F(16, s0wp, n0p); keys[k++] = ParserHash.F(17, s0p, n0wp); keys[k++] = ParserHash.F(18, s0w, n0w);
        keys[k++] = ParserHash.F(19, s0p, n0p); keys[k++] = ParserHash.F(20, n0p, n1p);
        // Three words.
        keys[k++] = ParserHash.F(21, n0p, n1p, n2p); keys[k++] = ParserHash.F(22, s0p, n0p, n1p);
        keys[k++] = ParserHash.F(23, P(x, s0h), s0p, n0p); keys[k++] = ParserHash.F(24, s0p, P(x, s0l), n0p);
        keys[k++] = ParserHash.F(25, s0p, P(x, s0r), n0p); keys[k++] = ParserHash.F(26, s0p, n0p, P(x, n0l));
        // Distance.
        keys[k++] = ParserHash.F(27, s0w, dist); keys[k++] = ParserHash.F(28, s0p, dist);
        keys[k++] = ParserHash.F(29, n0w, dist); keys[k++] = ParserHash.F(30, n0p, dist);
        keys[k++] = ParserHash.F(31, s0w, n0w, dist); keys[k++] = ParserHash.F(32, s0p, n0p, dist);
        // Valency.
        keys[k++] = ParserHash.F(33, s0w, s0vr); keys[k++] = ParserHash.F(34, s0p, s0vr);
        keys[k++] = ParserHash.F(35, s0w, s0vl); keys[k++] = ParserHash.F(36, s0p, s0vl);
        keys[k++] = ParserHash.F(37, n0w, n0vl); keys[k++] = ParserHash.F(38, n0p, n0vl);
        // Unigrams of heads and children.
        keys[k++] = ParserHash.F(39, W(x, s0h)); keys[k++] = ParserHash.F(40, P(x, s0h)); keys[k++] = ParserHash.F(41, L(s, s0));
        keys[k++] = ParserHash.F(42, W(x, s0l)); keys[k++] = ParserHash.F(43, P(x, s0l)); keys[k++] = ParserHash.F(44, L(s, s0l));
        keys[k++] = ParserHash.F(45, W(x, s0r)); keys[k++] = ParserHash.F(46, P(x, s0r)); keys[k++] = ParserHash.F(47, L(s, s0r));
        keys[k++] = ParserHash.F(48, W(x, n0l)); keys[k++] = ParserHash.F(49, P(x, n0l)); keys[k++] = ParserHash.F(50, L(s, n0l));
        // Third order.
        keys[k++] = ParserHash.F(51, W(x, s0h2)); keys[k++] = ParserHash.F(52, P(x, s0h2)); keys[k++] = ParserHash.F(53, L(s, s0h));
        keys[k++] = ParserHash.F(54, W(x, s0l2)); keys[k++] = ParserHash.F(55, P(x, s0l2)); keys[k++] = ParserHash.F(56, L(s, s0l2));
        keys[k++] = ParserHash.F(57, W(x, s0r2)); keys[k++] = ParserHash.F(58, P(x, s0r2)); keys[k++] = ParserHash.F(59, L(s, s0r2));
        keys[k++] = ParserHash.F(60, W(x, n0l2)); keys[k++] = ParserHash.F(61, P(x, n0l2)); keys[k++] = ParserHash.F(62, L(s, n0l2));
        keys[k++] = ParserHash.F(63, s0p, P(x, s0l), P(x, s0l2)); keys[k++] = ParserHash.F(64, s0p, P(x, s0r), P(x, s0r2));
        keys[k++] = ParserHash.F(65, s0p, P(x, s0h), P(x, s0h2)); keys[k++] = ParserHash.F(66, n0p, P(x, n0l), P(x, n0l2));
        // Label sets.
        keys[k++] = ParserHash.F(67, s0w, s0sr); keys[k++] = ParserHash.F(68, s0p, s0sr);
        keys[k++] = ParserHash.F(69, s0w, s0sl); keys[k++] = ParserHash.F(70, s0p, s0sl);
        keys[k++] = ParserHash.F(71, n0w, n0sl); keys[k++] = ParserHash.F(72, n0p, n0sl);
        // Extensions: universal tags, second stack word, suffixes, linear context.
        ulong s0u = U(x, s0), n0u = U(x, n0), n1u = U(x, n1), s1p = P(x, s1);
        keys[k++] = ParserHash.F(73, s0u, n0u); keys[k++] = ParserHash.F(74, s0u, n0u, n1u);
        keys[k++] = ParserHash.F(75, s0u, n0w); keys[k++] = ParserHash.F(76, s0w, n0u);
        keys[k++] = ParserHash.F(77, W(x, s1)); keys[k++] = ParserHash.F(78, s1p);
        keys[k++] = ParserHash.F(79, s1p, s0p, n0p); keys[k++] = ParserHash.F(80, s1p, s0p);
        keys[k++] = ParserHash.F(81, W(x, s1), s0w); keys[k++] = ParserHash.F(82, s1p, L(s, s1), s0p, L(s, s0));
        keys[k++] = ParserHash.F(83, S(x, n0), n0p); keys[k++] = ParserHash.F(84, S(x, s0), s0p);
        keys[k++] = ParserHash.F(85, n0p, P(x, n0 - 1), s0p); keys[k++] = ParserHash.F(86, s0p, P(x, s0 >= 0 && s0 < n0 - 1 ? s0 + 1 : -1), n0p);
        keys[k++] = ParserHash.F(87, s0p, L(s, s0), n0p); keys[k++] = ParserHash.F(88, s0w, L(s, s0), n0p);
        keys[k++] = ParserHash.F(89, s0p, n0p, n1p, n2p); keys[k++] = ParserHash.F(90, s0p, s0vl, s0vr, n0p);
        keys[k++] = ParserHash.F(91, n0w, n1w); keys[k++] = ParserHash.F(92, s0w, n0p, n1p);
        keys[k++] = ParserHash.F(93, s0u, W(x, s0h), n0u); keys[k++] = ParserHash.F(94, s0p, n0p, dist, s0vr);
        // Tag-independent views (case, suffix) for when the predicted tags are wrong.
        ulong s0sh = Sh(x, s0), n0sh = Sh(x, n0), n1sh = Sh(x, n1), s0sf = S(x, s0), n0sf = S(x, n0);
        keys[k++] = ParserHash.F(95, s0sh, n0sh); keys[k++] = ParserHash.F(96, s0sh, n0sh, n1sh);
        keys[k++] = ParserHash.F(97, n0sh, n0w); keys[k++] = ParserHash.F(98, s0sh, s0w);
        keys[k++] = ParserHash.F(99, s0sf, n0sf); keys[k++] = ParserHash.F(100, s0sf, n0p);
        keys[k++] = ParserHash.F(101, s0p, n0sf); keys[k++] = ParserHash.F(102, S(x, n1), n0sf);
        keys[k++] = ParserHash.F(103, n0sh, n0p, s0p); keys[k++] = ParserHash.F(104, s0sh, s0p, n0p);
        keys[k++] = ParserHash.F(105, s0w, n0w, n1w); keys[k++] = ParserHash.F(106, s0u, n0u, dist);
        keys[k++] = ParserHash.F(107, S(x, s0h), s0sf, n0sf); keys[k++] = ParserHash.F(108, n0sf, n0sh, dist);
        return k;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Child(int[] table, int i) => i >= 0 ? table[i] : -1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong W(ParserInput x, int i) => i >= 0 ? x.Word[i] : ParserHash.None;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong P(ParserInput x, int i) => i >= 0 ? x.Tag[i] : ParserHash.None;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong U(ParserInput x, int i) => i >= 0 ? x.Upos[i] : ParserHash.None;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong S(ParserInput x, int i) => i >= 0 ? x.Suffix[i] : ParserHash.None;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Sh(ParserInput x, int i) => i >= 0 ? x.Shape[i] : 99;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong L(ParserState s, int i) => i >= 0 ? (ulong)(s.Label[i] + 2) : 0;
}
