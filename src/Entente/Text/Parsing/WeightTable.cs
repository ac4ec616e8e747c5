using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Entente.Text.Parsing;

/// <summary>
/// Perceptron weights of a hashed feature space: the top <see cref="Bits"/> bits of a feature key
/// pick a row, each row holds one float per class, so scoring a feature is one contiguous add.
/// Collisions are accepted (they cost little accuracy at this size and save a dictionary probe).
/// </summary>
internal sealed class WeightTable
{
    /// <summary>log2 of the number of rows.</summary>
    public int Bits { get; }
    /// <summary>Number of classes (floats per row).</summary>
    public int Classes { get; }
    /// <summary>Row-major weights.</summary>
    public float[] Weights { get; }

    /// <summary>Creates an all-zero table.</summary>
    public WeightTable(int bits, int classes)
    {
        if (bits is < 8 or > 30) throw new ArgumentOutOfRangeException(nameof(bits));
        Bits = bits;
        Classes = classes;
        Weights = new float[(1L << bits) * classes];
    }

    /// <summary>Offset of the row of <paramref name="key"/> in <see cref="Weights"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Row(ulong key) => (int)(key >> (64 - Bits)) * Classes;

    /// <summary>Adds the rows of all <paramref name="keys"/> into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> keys, Span<float> scores)
    {
        int c = Classes;
        scores[..c].Clear();
        ref float w0 = ref MemoryMarshal.GetArrayDataReference(Weights);
        if (c == 4)
        {
            Prefetch(keys);
            float a = 0, b = 0, d = 0, e = 0;
            foreach (ulong k in keys)
            {
                ref float r = ref Unsafe.Add(ref w0, Row(k));
                a += r; b += Unsafe.Add(ref r, 1); d += Unsafe.Add(ref r, 2); e += Unsafe.Add(ref r, 3);
            }
            scores[0] = a; scores[1] = b; scores[2] = d; scores[3] = e;
            return;
        }
        int vw = Vector<float>.Count;
        foreach (ulong k in keys)
        {
            var row = Weights.AsSpan(Row(k), c);
            int j = 0;
            for (; j <= c - vw; j += vw)
                (new Vector<float>(row[j..]) + new Vector<float>(scores[j..])).CopyTo(scores[j..]);
            for (; j < c; j++) scores[j] += row[j];
        }
    }

    /// <summary>
    /// Issues a cache prefetch for every row first: the rows are random lines of a table far larger
    /// than the cache, and overlapping their memory loads is most of the scoring time.
    /// </summary>
    private unsafe void Prefetch(ReadOnlySpan<ulong> keys)
    {
        if (!Sse.IsSupported) return;
        fixed (float* w = Weights)
            foreach (ulong k in keys) Sse.Prefetch0(w + Row(k));
    }

    /// <summary>
    /// Writes the table sparsely: rows whose weights are all below <paramref name="prune"/> in
    /// magnitude are dropped; the rest are stored as one block of row-index gaps (7-bit varints)
    /// and one block of half-precision weights, so loading is two bulk reads.
    /// </summary>
    public void Write(BinaryWriter w, float prune)
    {
        int rows = 1 << Bits, c = Classes;
        var gaps = new MemoryStream();
        var gapWriter = new BinaryWriter(gaps);
        var halves = new List<Half>();
        int kept = 0, prev = -1;
        for (int r = 0; r < rows; r++)
        {
            var row = Weights.AsSpan(r * c, c);
            bool keep = false;
            foreach (float x in row) if (MathF.Abs(x) >= prune) { keep = true; break; }
            if (!keep) continue;
            gapWriter.Write7BitEncodedInt(r - prev);
            prev = r;
            kept++;
            foreach (float x in row) halves.Add(MathF.Abs(x) >= prune ? (Half)x : (Half)0f);
        }
        gapWriter.Flush();
        w.Write(Bits);
        w.Write(Classes);
        w.Write(kept);
        w.Write((int)gaps.Length);
        w.Write(gaps.GetBuffer(), 0, (int)gaps.Length);
        w.Write(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(halves)));
    }

    /// <summary>Reads a table written by <see cref="Write"/>.</summary>
    public static WeightTable Read(BinaryReader r)
    {
        int bits = r.ReadInt32(), classes = r.ReadInt32();
        var t = new WeightTable(bits, classes);
        int n = r.ReadInt32();
        var gaps = r.ReadBytes(r.ReadInt32());
        var halfBytes = r.ReadBytes(checked(n * classes * 2));
        if (halfBytes.Length != n * classes * 2) throw new EndOfStreamException("weight block truncated");
        var halves = MemoryMarshal.Cast<byte, Half>(halfBytes);
        int row = -1, rows = 1 << bits, pos = 0;
        for (int i = 0; i < n; i++)
        {
            int gap = 0, shift = 0;
            byte b;
            do
            {
                if (pos >= gaps.Length) throw new EndOfStreamException("row index block truncated");
                b = gaps[pos++];
                gap |= (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            row += gap;
            if (row >= rows) throw new InvalidDataException("weight row out of range");
            var src = halves.Slice(i * classes, classes);
            var dst = t.Weights.AsSpan(row * classes, classes);
            for (int j = 0; j < classes; j++) dst[j] = (float)src[j];
        }
        return t;
    }
}
