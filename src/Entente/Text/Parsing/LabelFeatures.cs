using System.Runtime.CompilerServices;

namespace Entente.Text.Parsing;

/// <summary>
/// Features of the label classifier, read when an arc <c>head → dep</c> is about to be built:
/// both words and tags, direction and distance, the dependent's children built so far (all of
/// its left children are final by then), the head's own arc and the linear neighbours.
/// </summary>
internal static class LabelFeatures
{
    /// <summary>Upper bound on the number of keys written.</summary>
    public const int MaxKeys = 48;

    /// <summary>Writes the keys for labelling <paramref name="head"/> → <paramref name="dep"/>.</summary>
    public static int Extract(ParserInput x, ParserState s, int head, int dep, Span<ulong> keys)
    {
        ulong hw = x.Word[head], hp = x.Tag[head], hu = x.Upos[head];
        ulong dw = x.Word[dep], dp = x.Tag[dep], du = x.Upos[dep];
        ulong dir = head == 0 ? 0UL : dep < head ? 1UL : 2UL;
        ulong dist = head == 0 ? 0UL : (ulong)Math.Min(Math.Abs(head - dep), 6);
        int dl = s.Left1[dep], dr = s.Right1[dep], hl = s.Left1[head];
        ulong hlab = (ulong)(s.Label[head] + 2);
        ulong dpPrev = P(x, dep - 1), dpNext = P(x, dep + 1), hpPrev = P(x, head - 1), hpNext = P(x, head + 1);

        int k = 0;
        keys[k++] = ParserHash.F(200, dir);
        keys[k++] = ParserHash.F(201, hw, dir); keys[k++] = ParserHash.F(202, hp, dir);
        keys[k++] = ParserHash.F(203, dw, dir); keys[k++] = ParserHash.F(204, dp, dir);
        keys[k++] = ParserHash.F(205, hp, dp, dir); keys[k++] = ParserHash.F(206, hw, dp, dir);
        keys[k++] = ParserHash.F(207, hp, dw, dir); keys[k++] = ParserHash.F(208, hw, dw, dir);
        keys[k++] = ParserHash.F(209, hp, dp, dir, dist); keys[k++] = ParserHash.F(210, hu, du, dir);
        keys[k++] = ParserHash.F(211, x.Suffix[dep], dp, dir); keys[k++] = ParserHash.F(212, dw, dp);
        keys[k++] = ParserHash.F(213, hw, hp); keys[k++] = ParserHash.F(214, du, hu, dist);
        keys[k++] = ParserHash.F(215, dp, Lab(s, dl), dir); keys[k++] = ParserHash.F(216, dp, Lab(s, dr), dir);
        keys[k++] = ParserHash.F(217, dp, P(x, dl), Lab(s, dl)); keys[k++] = ParserHash.F(218, dp, W(x, dl));
        keys[k++] = ParserHash.F(219, dp, (ulong)s.LeftValency[dep], (ulong)s.RightValency[dep], dir);
        keys[k++] = ParserHash.F(220, dp, s.LeftLabels[dep], dir); keys[k++] = ParserHash.F(221, du, s.LeftLabels[dep], hu);
        keys[k++] = ParserHash.F(222, hp, hlab, dp, dir); keys[k++] = ParserHash.F(223, hw, hlab, dir);
        keys[k++] = ParserHash.F(224, hp, Lab(s, hl), dp, dir); keys[k++] = ParserHash.F(225, hp, s.LeftLabels[head], dp, dir);
        keys[k++] = ParserHash.F(226, dp, dpPrev, hp, dir); keys[k++] = ParserHash.F(227, dp, dpNext, hp, dir);
        keys[k++] = ParserHash.F(228, hp, hpPrev, dp, dir); keys[k++] = ParserHash.F(229, hp, hpNext, dp, dir);
        keys[k++] = ParserHash.F(230, dpPrev, dp, dpNext); keys[k++] = ParserHash.F(231, hw, du, dw);
        keys[k++] = ParserHash.F(232, P(x, s.Head[head]), hp, dp, dir); keys[k++] = ParserHash.F(233, W(x, dr), dp);
        keys[k++] = ParserHash.F(234, x.Suffix[head], hp, dp, dir);
        keys[k++] = ParserHash.F(235, x.Shape[dep], dp, dir); keys[k++] = ParserHash.F(236, x.Shape[dep], x.Shape[head], dir);
        keys[k++] = ParserHash.F(237, x.Suffix[dep], hw, dir); keys[k++] = ParserHash.F(238, dw, hp, hu);
        return k;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong W(ParserInput x, int i) => i >= 0 && i <= x.Count ? x.Word[i] : ParserHash.None;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong P(ParserInput x, int i) => i >= 0 && i <= x.Count ? x.Tag[i] : ParserHash.None;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Lab(ParserState s, int i) => i >= 0 ? (ulong)(s.Label[i] + 2) : 0;
}
