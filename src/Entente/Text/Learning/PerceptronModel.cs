namespace Entente.Text.Learning;

/// <summary>
/// An immutable averaged-perceptron model: for each hashed feature key, a sparse list of
/// (class, weight). Keys live in an open-addressing table so that scoring a feature is one probe
/// and a short loop; nothing is allocated while scoring. Safe to share across threads.
/// </summary>
public sealed class PerceptronModel
{
    private readonly ulong[] _keys;       // sorted feature keys
    private readonly int[] _offsets;      // entries of key i are [_offsets[i], _offsets[i+1])
    private readonly ushort[] _classes;
    private readonly float[] _weights;
    private readonly HugePageArray<Slot> _table; // open addressing over keys, with each key's entry range inline (huge pages: random lookups)
    private readonly int _mask;
    private readonly HugePageArray<Entry> _entries; // (class, weight) pairs, the same order as _classes/_weights

    /// <summary>A stored weight with its class, so scoring reads one place instead of two arrays.</summary>
    private struct Entry
    {
        public float Weight;
        public int Class;
    }

    /// <summary>One hash-table slot; <c>End == 0</c> marks an empty slot (every stored key has entries).</summary>
    private struct Slot
    {
        public ulong Key;
        public int Start, End;
    }

    /// <summary>Creates a model from its sparse rows (keys sorted ascending).</summary>
    public PerceptronModel(int classCount, ulong[] keys, int[] offsets, ushort[] classes, float[] weights)
    {
        ClassCount = classCount;
        _keys = keys; _offsets = offsets; _classes = classes; _weights = weights;
        int size = 1;
        while (size < keys.Length * 2) size <<= 1;
        _entries = new HugePageArray<Entry>(Math.Max(weights.Length, 1));
        var entries = _entries.Span;
        for (int i = 0; i < weights.Length; i++) entries[i] = new Entry { Weight = weights[i], Class = classes[i] };
        _table = new HugePageArray<Slot>(Math.Max(size, 2));
        _mask = _table.Length - 1;
        var table = _table.Span;
        for (int i = 0; i < keys.Length; i++)
        {
            int slot = (int)(Scramble(keys[i]) & (uint)_mask);
            while (table[slot].End != 0) slot = (slot + 1) & _mask;
            table[slot] = new Slot { Key = keys[i], Start = offsets[i], End = offsets[i + 1] };
        }
    }

    /// <summary>Number of classes.</summary>
    public int ClassCount { get; }

    /// <summary>Number of features with at least one weight.</summary>
    public int FeatureCount => _keys.Length;

    /// <summary>Number of stored weights.</summary>
    public int WeightCount => _weights.Length;

    /// <summary>Writes the scores of all classes for <paramref name="features"/> into <paramref name="scores"/>.</summary>
    public unsafe void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        Slot* table = _table.Pointer;
        Entry* entries = _entries.Pointer;
        int n = features.Length;
        // Three passes so the memory loads overlap: the slots, then the entries they point to, then the sums.
        Span<int> found = n <= 256 ? stackalloc int[n] : new int[n];
        bool prefetch = System.Runtime.Intrinsics.X86.Sse.IsSupported;
        if (prefetch)
            foreach (var f in features) System.Runtime.Intrinsics.X86.Sse.Prefetch0(table + (int)(Scramble(f) & (uint)_mask));
        for (int k = 0; k < n; k++)
        {
            ulong f = features[k];
            int slot = (int)(Scramble(f) & (uint)_mask);
            found[k] = -1;
            while (true)
            {
                ref readonly var e = ref table[slot];
                if (e.End == 0) break;
                if (e.Key == f)
                {
                    found[k] = slot;
                    if (prefetch) System.Runtime.Intrinsics.X86.Sse.Prefetch0(entries + e.Start);
                    break;
                }
                slot = (slot + 1) & _mask;
            }
        }
        for (int k = 0; k < n; k++)
        {
            if (found[k] < 0) continue;
            ref readonly var e = ref table[found[k]];
            for (int i = e.Start; i < e.End; i++) scores[entries[i].Class] += entries[i].Weight;
        }
    }

    /// <summary>The best class for <paramref name="features"/>; <paramref name="scratch"/> holds ClassCount floats.</summary>
    public int Predict(ReadOnlySpan<ulong> features, Span<float> scratch)
    {
        Score(features, scratch);
        return PerceptronTrainer.ArgMax(scratch[..ClassCount]);
    }

    /// <summary>
    /// The element-wise mean of models over the same classes (e.g. trained with different shuffling
    /// seeds): a bagged model that varies less with the seed than any one of them.
    /// </summary>
    public static PerceptronModel Mean(IReadOnlyList<PerceptronModel> models)
    {
        var sums = new SortedDictionary<ulong, SortedDictionary<ushort, double>>();
        foreach (var m in models)
            for (int i = 0; i < m._keys.Length; i++)
            {
                if (!sums.TryGetValue(m._keys[i], out var row)) sums[m._keys[i]] = row = new SortedDictionary<ushort, double>();
                for (int j = m._offsets[i]; j < m._offsets[i + 1]; j++)
                {
                    row.TryGetValue(m._classes[j], out double v);
                    row[m._classes[j]] = v + m._weights[j];
                }
            }
        var keys = new List<ulong>(sums.Count);
        var offsets = new List<int> { 0 };
        var classes = new List<ushort>();
        var weights = new List<float>();
        foreach (var (key, row) in sums)
        {
            keys.Add(key);
            foreach (var (c, v) in row) { classes.Add(c); weights.Add((float)(v / models.Count)); }
            offsets.Add(classes.Count);
        }
        return new PerceptronModel(models[0].ClassCount, keys.ToArray(), offsets.ToArray(), classes.ToArray(), weights.ToArray());
    }

    /// <summary>
    /// The model without its weights smaller in magnitude than <paramref name="threshold"/> once rounded to half
    /// precision as <see cref="Write"/> stores them (and without features left with none).
    /// </summary>
    public PerceptronModel Pruned(float threshold)
    {
        var keys = new List<ulong>(_keys.Length);
        var offsets = new List<int>(_keys.Length + 1) { 0 };
        var classes = new List<ushort>(_classes.Length);
        var weights = new List<float>(_weights.Length);
        for (int i = 0; i < _keys.Length; i++)
        {
            for (int j = _offsets[i]; j < _offsets[i + 1]; j++)
                // Compared as stored (half precision), so that a model pruned after loading from a file keeps what the
                // same model pruned before saving keeps.
                if (MathF.Abs((float)(Half)_weights[j]) >= threshold) { classes.Add(_classes[j]); weights.Add(_weights[j]); }
            if (classes.Count == offsets[^1]) continue;
            keys.Add(_keys[i]);
            offsets.Add(classes.Count);
        }
        return new PerceptronModel(ClassCount, keys.ToArray(), offsets.ToArray(), classes.ToArray(), weights.ToArray());
    }

    private static ulong Scramble(ulong k) => (k ^ (k >> 29)) * 0xBF58476D1CE4E5B9UL >> 16;

    /// <summary>Writes the weights (as half precision) after the caller's header.</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(ClassCount);
        w.Write(_keys.Length);
        w.Write(_weights.Length);
        ulong prev = 0;
        for (int i = 0; i < _keys.Length; i++) { Write7(w, _keys[i] - prev); prev = _keys[i]; }
        for (int i = 0; i < _keys.Length; i++) Write7(w, (ulong)(_offsets[i + 1] - _offsets[i]));
        foreach (var c in _classes) Write7(w, c);
        foreach (var x in _weights) w.Write((Half)x);
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static PerceptronModel Read(BinaryReader r)
    {
        int classCount = r.ReadInt32();
        int nKeys = r.ReadInt32();
        int nWeights = r.ReadInt32();
        if (nKeys < 0 || nWeights < 0) throw new InvalidDataException("perceptron model: negative count");
        var keys = new ulong[nKeys];
        var offsets = new int[nKeys + 1];
        var classes = new ushort[nWeights];
        // A model body is decompressed into memory: its varints are decoded from those bytes, not by a ReadByte call
        // per byte, which took most of this model's load time.
        if (r.BaseStream is MemoryStream memory && memory.TryGetBuffer(out var buffer))
        {
            var bytes = new MemoryBytes(buffer.Array!, buffer.Offset + (int)memory.Position, buffer.Offset + buffer.Count);
            int start = bytes.Position;
            ReadIndex(ref bytes, keys, offsets, classes);
            memory.Position += bytes.Position - start;
        }
        else
        {
            var bytes = new ReaderBytes(r);
            ReadIndex(ref bytes, keys, offsets, classes);
        }
        var weights = new float[nWeights];
        var halfBytes = r.ReadBytes(nWeights * 2);
        if (halfBytes.Length != nWeights * 2) throw new EndOfStreamException("perceptron model: truncated weights");
        var halves = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, Half>(halfBytes);
        for (int i = 0; i < nWeights; i++) weights[i] = (float)halves[i];
        return new PerceptronModel(classCount, keys, offsets, classes, weights);
    }

    // Keys (delta-coded), each key's weight count and each weight's class, as varints. Generic over the byte source so
    // that each source's loop is compiled with its Varint inlined.
    private static void ReadIndex<T>(ref T bytes, ulong[] keys, int[] offsets, ushort[] classes) where T : struct, IVarints
    {
        ulong prev = 0;
        for (int i = 0; i < keys.Length; i++) { prev += bytes.Varint(); keys[i] = prev; }
        for (int i = 0; i < keys.Length; i++) offsets[i + 1] = offsets[i] + (int)bytes.Varint();
        if (offsets[keys.Length] != classes.Length) throw new InvalidDataException("perceptron model: weight count mismatch");
        for (int i = 0; i < classes.Length; i++) classes[i] = (ushort)bytes.Varint();
    }

    private interface IVarints
    {
        ulong Varint();
    }

    private struct MemoryBytes(byte[] bytes, int position, int end) : IVarints
    {
        public int Position = position;

        public ulong Varint()
        {
            ulong v = 0;
            for (int shift = 0; ; shift += 7)
            {
                if (Position >= end || shift > 63) throw new EndOfStreamException("perceptron model: truncated");
                byte b = bytes[Position++];
                v |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80) return v;
            }
        }
    }

    private readonly struct ReaderBytes(BinaryReader r) : IVarints
    {
        public ulong Varint() => Read7(r);
    }

    private static void Write7(BinaryWriter w, ulong v)
    {
        while (v >= 0x80) { w.Write((byte)(v | 0x80)); v >>= 7; }
        w.Write((byte)v);
    }

    private static ulong Read7(BinaryReader r)
    {
        ulong v = 0;
        int shift = 0;
        while (true)
        {
            byte b = r.ReadByte();
            v |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return v;
            shift += 7;
        }
    }
}
