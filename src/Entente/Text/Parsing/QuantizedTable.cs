using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using Entente.Text.Learning;

namespace Entente.Text.Parsing;

/// <summary>
/// The parser's transition weights as used for parsing: a dense hashed table like
/// <see cref="WeightTable"/>, but each weight a 16-bit integer times one scale for the whole table.
/// Half the memory of floats, so twice the rows fit the same budget and each lookup moves half the
/// bytes; the weights span about 1e-3..150, which 16 bits resolve to within 0.005. The table sits
/// in huge pages (<see cref="HugePageArray{T}"/>), which roughly halves the cost of a lookup.
/// </summary>
internal sealed unsafe class QuantizedTable
{
    private readonly HugePageArray<short> _weights;

    /// <summary>log2 of the number of rows.</summary>
    public int Bits { get; }
    /// <summary>Number of classes (weights per row).</summary>
    public int Classes { get; }
    /// <summary>The value of one integer step.</summary>
    public float Scale { get; }

    private QuantizedTable(int bits, int classes, float scale, HugePageArray<short> weights)
    {
        Bits = bits;
        Classes = classes;
        Scale = scale;
        _weights = weights;
    }

    /// <summary>Rounds <paramref name="t"/>'s weights (four classes, the transitions) to the nearest step of a scale set by the largest weight.</summary>
    public static QuantizedTable From(WeightTable t)
    {
        if (t.Classes != 4) throw new ArgumentException("a quantized table holds the four transitions", nameof(t));
        float max = 0;
        foreach (float w in t.Weights) max = MathF.Max(max, MathF.Abs(w));
        float scale = max > 0 ? max / short.MaxValue : 1f;
        var q = new HugePageArray<short>(t.Weights.Length);
        var span = q.Span;
        for (int i = 0; i < span.Length; i++) span[i] = (short)Math.Clamp(MathF.Round(t.Weights[i] / scale), -short.MaxValue, short.MaxValue);
        return new QuantizedTable(t.Bits, t.Classes, scale, q);
    }

    /// <summary>The weight of class <paramref name="cls"/> in row <paramref name="row"/> (for tests and tools).</summary>
    public float this[int row, int cls] => _weights.Span[row * Classes + cls] * Scale;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Row(ulong key) => (int)(key >> (64 - Bits)) * Classes;

    /// <summary>Adds the rows of all <paramref name="keys"/> into <paramref name="scores"/> (overwritten).</summary>
    public void Score(ReadOnlySpan<ulong> keys, Span<float> scores)
    {
        Prefetch(keys);
        ref short w0 = ref *_weights.Pointer;
        int a = 0, b = 0, d = 0, e = 0;
        foreach (ulong k in keys)
        {
            ref short r = ref Unsafe.Add(ref w0, Row(k));
            a += r; b += Unsafe.Add(ref r, 1); d += Unsafe.Add(ref r, 2); e += Unsafe.Add(ref r, 3);
        }
        scores[0] = a * Scale; scores[1] = b * Scale; scores[2] = d * Scale; scores[3] = e * Scale;
    }

    /// <summary>Asks for every row before adding: the rows are random lines of a table far larger than the cache.</summary>
    private unsafe void Prefetch(ReadOnlySpan<ulong> keys)
    {
        if (!Sse.IsSupported) return;
        short* w = _weights.Pointer;
        foreach (ulong k in keys) Sse.Prefetch0(w + Row(k));
    }

    /// <summary>Writes the non-zero rows: row-index gaps (7-bit varints), then their integers.</summary>
    public void Write(BinaryWriter w)
    {
        int rows = 1 << Bits, c = Classes;
        var gaps = new MemoryStream();
        var gapWriter = new BinaryWriter(gaps);
        var kept = new List<short>();
        int count = 0, prev = -1;
        for (int r = 0; r < rows; r++)
        {
            var row = _weights.Span.Slice(r * c, c);
            if (!row.ContainsAnyExcept((short)0)) continue;
            gapWriter.Write7BitEncodedInt(r - prev);
            prev = r;
            count++;
            kept.AddRange(row);
        }
        w.Write(Bits); w.Write(c); w.Write(Scale); w.Write(count);
        w.Write((int)gaps.Length);
        w.Write(gaps.GetBuffer(), 0, (int)gaps.Length);
        w.Write(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(kept)));
    }

    /// <summary>Moves <paramref name="r"/> past a table written by <see cref="Write"/> without reading it.</summary>
    public static void Skip(BinaryReader r)
    {
        r.ReadInt32();
        int classes = r.ReadInt32();
        r.ReadSingle();
        int count = r.ReadInt32();
        int gaps = r.ReadInt32();
        if (classes < 1 || count < 0 || gaps < 0) throw new InvalidDataException("bad quantized table header");
        long end = r.BaseStream.Position + gaps + (long)count * classes * 2;
        if (end > r.BaseStream.Length) throw new EndOfStreamException("model block truncated");
        r.BaseStream.Position = end;
    }

    /// <summary>Reads a table written by <see cref="Write"/>.</summary>
    public static QuantizedTable Read(BinaryReader r)
    {
        int bits = r.ReadInt32(), classes = r.ReadInt32();
        float scale = r.ReadSingle();
        int count = r.ReadInt32();
        if (bits is < 8 or > 30 || classes != 4 || count < 0 || count > 1 << bits) throw new InvalidDataException("bad quantized table header");
        var gaps = TableBlocks.Read(r, r.ReadInt32());
        var values = MemoryMarshal.Cast<byte, short>(TableBlocks.Read(r, checked(count * classes * 2)));
        var weights = new HugePageArray<short>((1L << bits) * classes);
        // A row is four 16-bit weights: copied as one 64-bit word, not by a copy call per row (most of the load time).
        var all = MemoryMarshal.Cast<short, ulong>(weights.Span);
        var stored = MemoryMarshal.Cast<short, ulong>(values);
        int row = -1, pos = 0;
        for (int i = 0; i < count; i++)
        {
            row += TableBlocks.Varint(gaps, ref pos);
            if (row >= 1 << bits) throw new InvalidDataException("weight row out of range");
            all[row] = stored[i];
        }
        return new QuantizedTable(bits, classes, scale, weights);
    }
}
