namespace Entente.Text.Parsing;

/// <summary>
/// One way to extend a beam item: its parent's slot, the move (or <see cref="Carry"/> for a
/// finished parse kept as it is) and the summed score it would have.
/// </summary>
internal readonly record struct BeamCandidate(int Parent, int Move, double Score)
{
    /// <summary>Move value of a finished parse carried to the next step unchanged.</summary>
    public const int Carry = -1;

    /// <summary>
    /// Moves the <paramref name="k"/> best of <paramref name="all"/> to its front, best first
    /// (selection sort: k and the candidate count are small). Ties keep their order, so the
    /// search is deterministic.
    /// </summary>
    public static int SelectBest(Span<BeamCandidate> all, int k)
    {
        int m = Math.Min(k, all.Length);
        for (int i = 0; i < m; i++)
        {
            int best = i;
            for (int j = i + 1; j < all.Length; j++) if (all[j].Score > all[best].Score) best = j;
            if (best != i) (all[i], all[best]) = (all[best], all[i]);
        }
        return m;
    }
}
