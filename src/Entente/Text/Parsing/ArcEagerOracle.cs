namespace Entente.Text.Parsing;

/// <summary>
/// The dynamic oracle of Goldberg &amp; Nivre (2012) for arc-eager: the cost of a transition is the
/// number of gold arcs it makes unreachable. For projective gold trees a zero-cost transition
/// always exists from any configuration, so training can follow the model's own (wrong) moves.
/// Gold heads are indexed like the state: 1..n, heads 0..n.
/// </summary>
internal static class ArcEagerOracle
{
    /// <summary>Cost of <paramref name="t"/> (assumed legal) in <paramref name="s"/>.</summary>
    public static int Cost(ParserState s, Transition t, ReadOnlySpan<int> gold)
    {
        int s0 = s.Stack(0), b0 = s.Buffer, n = s.Count;
        // The root takes a single dependent: once it has one, arcs from it are already lost.
        bool rootOpen = s.RightValency[0] == 0;
        int cost = 0;
        switch (t)
        {
            case Transition.Shift:
                // b0 can no longer take a head from the stack, nor be head of a headless stack word.
                for (int i = 0; i < s.StackSize; i++)
                {
                    int k = s.StackFromBottom(i);
                    if (gold[b0] == k) { if (k != 0 || rootOpen) cost++; }
                    else if (k != 0 && s.Head[k] < 0 && gold[k] == b0) cost++;
                }
                break;
            case Transition.Reduce:
                for (int k = b0; k <= n; k++) if (gold[k] == s0) cost++;
                break;
            case Transition.LeftArc:
                for (int k = b0; k <= n; k++) if (gold[k] == s0) cost++;
                if (gold[s0] > b0) cost++;
                break;
            case Transition.RightArc:
                if (gold[b0] != s0)
                {
                    if (gold[b0] > b0) cost++;
                    else
                        for (int i = rootOpen ? 0 : 1; i < s.StackSize; i++)
                            if (s.StackFromBottom(i) == gold[b0]) { cost++; break; }
                }
                for (int i = 1; i < s.StackSize; i++)
                {
                    int k = s.StackFromBottom(i);
                    if (s.Head[k] < 0 && gold[k] == b0) cost++;
                }
                if (s0 == 0)
                    for (int k = b0 + 1; k <= n; k++) if (gold[k] == 0) { cost++; break; }
                break;
        }
        return cost;
    }
}
