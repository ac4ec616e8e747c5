namespace Entente.Text.Parsing;

/// <summary>
/// Labels already chosen in this sentence, keyed by everything <see cref="LabelFeatures"/> reads
/// from a configuration. The items of a beam mostly build the same arcs in the same surroundings,
/// and a label costs a wide table lookup per feature, so asking once per surrounding pays.
/// Entries are stamped with a sentence number, so starting a sentence clears nothing.
/// </summary>
internal sealed class LabelMemo
{
    private const int Size = 1024;
    private readonly ulong[] _keys = new ulong[Size];
    private readonly int[] _labels = new int[Size];
    private readonly int[] _stamps = new int[Size];
    private int _stamp;

    /// <summary>Forgets the previous sentence's labels.</summary>
    public void NextSentence() => _stamp++;

    /// <summary>The key of labelling <paramref name="head"/> → <paramref name="dep"/> in <paramref name="s"/>.</summary>
    public static ulong KeyOf(ParserState s, int head, int dep)
    {
        int dl = s.Left1[dep], dr = s.Right1[dep], hl = s.Left1[head];
        ulong h = ParserHash.F(300, (ulong)head, (ulong)dep, (ulong)(dl + 1), (ulong)(dr + 1));
        h = ParserHash.F(301, h, (ulong)(Lab(s, dl) + 1), (ulong)(Lab(s, dr) + 1), (ulong)(s.Label[head] + 1));
        h = ParserHash.F(302, h, (ulong)s.LeftValency[dep], (ulong)s.RightValency[dep], s.LeftLabels[dep]);
        h = ParserHash.F(303, h, (ulong)(hl + 1), (ulong)(Lab(s, hl) + 1), s.LeftLabels[head]);
        return ParserHash.F(304, h, (ulong)(s.Head[head] + 1));
    }

    /// <summary>The label stored under <paramref name="key"/> in this sentence, if any.</summary>
    public bool TryGet(ulong key, out int label)
    {
        int slot = (int)(key >> 54);
        if (_stamps[slot] == _stamp && _keys[slot] == key) { label = _labels[slot]; return true; }
        label = 0;
        return false;
    }

    /// <summary>Stores a label (a colliding older entry is replaced).</summary>
    public void Set(ulong key, int label)
    {
        int slot = (int)(key >> 54);
        _keys[slot] = key; _labels[slot] = label; _stamps[slot] = _stamp;
    }

    private static int Lab(ParserState s, int i) => i >= 0 ? s.Label[i] : -1;
}
