using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
    /// Writes the table sparsely: rows whose weights are all below <paramref name="prune"/> in
    /// magnitude are dropped, the rest stored as a row-index gap and half-precision floats.
    /// </summary>
    public void Write(BinaryWriter w, float prune)
    {
        w.Write(Bits);
        w.Write(Classes);
        int rows = 1 << Bits, c = Classes;
        var keep = new List<int>();
        for (int r = 0; r < rows; r++)
        {
            var row = Weights.AsSpan(r * c, c);
            foreach (float x in row) if (MathF.Abs(x) >= prune) { keep.Add(r); break; }
        }
        w.Write(keep.Count);
        int prev = -1;
        foreach (int r in keep)
        {
            w.Write7BitEncodedInt(r - prev);
            prev = r;
            foreach (float x in Weights.AsSpan(r * c, c)) w.Write(MathF.Abs(x) >= prune ? (Half)x : (Half)0f);
        }
    }

    /// <summary>Reads a table written by <see cref="Write"/>.</summary>
    public static WeightTable Read(BinaryReader r)
    {
        int bits = r.ReadInt32(), classes = r.ReadInt32();
        var t = new WeightTable(bits, classes);
        int n = r.ReadInt32();
        int row = -1, rows = 1 << bits;
        Span<byte> buf = stackalloc byte[2 * classes];
        for (int i = 0; i < n; i++)
        {
            row += r.Read7BitEncodedInt();
            if (row >= rows) throw new InvalidDataException("weight row out of range");
            r.BaseStream.ReadExactly(buf);
            var halves = MemoryMarshal.Cast<byte, Half>(buf);
            var dst = t.Weights.AsSpan(row * classes, classes);
            for (int j = 0; j < classes; j++) dst[j] = (float)halves[j];
        }
        return t;
    }
}
