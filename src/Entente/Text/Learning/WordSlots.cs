namespace Entente.Text.Learning;

/// <summary>
/// An open-addressing table of 64-bit hashes of lowercased words that gives each word a slot: the index of its
/// values in arrays the owner keeps beside it (a word list's case flags, each word-class map's classes). Holds no
/// string per word, so a table of hundreds of thousands of words costs a few megabytes. Several value arrays can
/// share one table: one probe answers for all of them. Immutable once filled; lookups do not allocate.
/// </summary>
internal sealed class WordSlots
{
    private readonly ulong[] _keys; // 0 is empty; a key always has its low bit set
    private int _used;

    /// <summary>Creates a table with room for <paramref name="count"/> words, at most two thirds full so that a probe for an absent word stops soon.</summary>
    public WordSlots(int count)
    {
        int capacity = 16;
        while (capacity < count + count / 2) capacity <<= 1;
        _keys = new ulong[capacity];
    }

    /// <summary>A table with no words.</summary>
    public static WordSlots Empty { get; } = new(0);

    /// <summary>Number of slots: the length the value arrays must have.</summary>
    public int Capacity => _keys.Length;

    /// <summary>The slot of <paramref name="word"/> (any case), taken if the word is new.</summary>
    /// <exception cref="InvalidOperationException">The table is full (more words than it was made for).</exception>
    public int Add(ReadOnlySpan<char> word) => Add(Key(word));

    private int Add(ulong key)
    {
        int mask = _keys.Length - 1;
        int s = Start(key, mask);
        while (_keys[s] != 0 && _keys[s] != key) s = (s + 1) & mask;
        if (_keys[s] == key) return s;
        // One slot always stays empty, so that a probe for an absent word ends.
        if (_used + 1 == _keys.Length) throw new InvalidOperationException("word table full");
        _used++;
        _keys[s] = key;
        return s;
    }

    /// <summary>The key under which <see cref="Add(ReadOnlySpan{char})"/> and <see cref="Find"/> file <paramref name="word"/> (any case).</summary>
    public static ulong KeyOf(ReadOnlySpan<char> word) => Key(word);

    /// <summary>
    /// Adds words given by their keys (<see cref="KeyOf"/>), writing each one's slot to <paramref name="slots"/>, and
    /// returns the order in which it added them (indices into <paramref name="keys"/>). It adds them in the order of
    /// the slots they hash to rather than the order given: a table of half a million words is far larger than the
    /// cache, and filling it in hash order walks it from one end to the other instead of missing the cache on every
    /// word. Values kept beside the slots are best written in the returned order, for the same reason. Words of one
    /// key keep their given order, so the first of them is still added first.
    /// </summary>
    /// <exception cref="InvalidOperationException">The table is full (more words than it was made for).</exception>
    public int[] AddAll(ReadOnlySpan<ulong> keys, Span<int> slots)
    {
        int n = keys.Length, mask = _keys.Length - 1;
        if (slots.Length < n) throw new ArgumentException($"{n} keys need {n} slots", nameof(slots));
        // A stable counting sort on the start slot's high bits, in buckets of 16 slots (two cache lines of keys).
        int shift = Math.Min(4, System.Numerics.BitOperations.Log2((uint)_keys.Length));
        var starts = new int[(_keys.Length >> shift) + 1];
        for (int i = 0; i < n; i++) starts[(Start(keys[i], mask) >> shift) + 1]++;
        for (int b = 1; b < starts.Length; b++) starts[b] += starts[b - 1];
        var order = new int[n];
        for (int i = 0; i < n; i++) order[starts[Start(keys[i], mask) >> shift]++] = i;
        foreach (int i in order) slots[i] = Add(keys[i]);
        return order;
    }

    /// <summary>The slot of <paramref name="word"/> (any case), or -1 when the table lacks it.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        ulong key = Key(word);
        int mask = _keys.Length - 1;
        for (int s = Start(key, mask); ; s = (s + 1) & mask)
        {
            ulong k = _keys[s];
            if (k == key) return s;
            if (k == 0) return -1;
        }
    }

    private static int Start(ulong key, int mask) => (int)(key >> 32) & mask;

    private static ulong Key(ReadOnlySpan<char> word) => FeatureHash.OfLower(0, word) | 1;
}
