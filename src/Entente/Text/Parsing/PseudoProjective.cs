namespace Entente.Text.Parsing;

/// <summary>
/// Pseudo-projective parsing (Nivre &amp; Nilsson 2005, "head" encoding): before training, each
/// non-projective arc is lifted to its grandparent until the tree is projective, and the lifted
/// dependent's label records the label of its true head as <c>label|headlabel</c>. After parsing,
/// <see cref="Deprojectivize"/> moves such words back down to the first node (breadth-first, left
/// to right) under their head that carries the recorded label. Arrays are indexed 1..n; heads are
/// 1-based with 0 for the root; index 0 is unused.
/// </summary>
public static class PseudoProjective
{
    /// <summary>Separates a lifted word's own label from its true head's label.</summary>
    public const char Separator = '|';

    /// <summary>True when no arc crosses another or the root.</summary>
    public static bool IsProjective(ReadOnlySpan<int> heads)
    {
        for (int d = 1; d < heads.Length; d++)
            if (!IsProjectiveArc(heads, d)) return false;
        return true;
    }

    /// <summary>Lifts non-projective arcs in place, shortest first, encoding labels.</summary>
    /// <returns>The number of lifts performed.</returns>
    public static int Projectivize(int[] heads, string[] labels)
    {
        int n = heads.Length - 1, lifts = 0;
        var lifted = new bool[n + 1];
        while (true)
        {
            int best = -1, bestLen = int.MaxValue;
            for (int d = 1; d <= n; d++)
            {
                int len = Math.Abs(heads[d] - d);
                if (len < bestLen && !IsProjectiveArc(heads, d)) { best = d; bestLen = len; }
            }
            if (best < 0) return lifts;
            int h = heads[best];
            if (!lifted[best]) labels[best] = labels[best] + Separator + BaseLabel(labels[h]);
            lifted[best] = true;
            heads[best] = heads[h];
            lifts++;
        }
    }

    /// <summary>Undoes the lifting encoded in labels, in place; unresolved words keep their head.</summary>
    public static void Deprojectivize(int[] heads, string[] labels)
    {
        int n = heads.Length - 1;
        bool any = false;
        for (int d = 1; d <= n && !any; d++) any = labels[d].Contains(Separator);
        if (!any) return;
        var order = BreadthFirst(heads, 0, -1);
        foreach (int d in order)
        {
            string label = labels[d];
            int bar = label.IndexOf(Separator);
            if (bar < 0) continue;
            string own = label[..bar], target = label[(bar + 1)..];
            labels[d] = own;
            foreach (int c in BreadthFirst(heads, heads[d], d))
                if (c != heads[d] && BaseLabel(labels[c]) == target) { heads[d] = c; break; }
        }
    }

    /// <summary>The part of a label before the lifting separator.</summary>
    public static string BaseLabel(string label)
    {
        int bar = label.IndexOf(Separator);
        return bar < 0 ? label : label[..bar];
    }

    private static bool IsProjectiveArc(ReadOnlySpan<int> heads, int d)
    {
        int h = heads[d];
        int lo = Math.Min(h, d), hi = Math.Max(h, d);
        for (int k = lo + 1; k < hi; k++)
        {
            int a = k, guard = heads.Length;
            while (a != h && a > 0 && guard-- > 0) a = heads[a];
            if (a != h) return false;
        }
        return true;
    }

    /// <summary>Nodes under <paramref name="root"/> breadth-first, children left to right, skipping the subtree of <paramref name="skip"/>.</summary>
    private static List<int> BreadthFirst(int[] heads, int root, int skip)
    {
        var result = new List<int>();
        var queue = new Queue<int>();
        queue.Enqueue(root);
        while (queue.Count > 0)
        {
            int u = queue.Dequeue();
            if (u != root) result.Add(u);
            for (int c = 1; c < heads.Length; c++)
                if (heads[c] == u && c != skip) queue.Enqueue(c);
        }
        return result;
    }
}
