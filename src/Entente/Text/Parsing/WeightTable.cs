using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using Entente.Text.Learning;

namespace Entente.Text.Parsing;

/// <summary>
/// Perceptron weights of a hashed feature space: the top <see cref="Bits"/> bits of a feature key
/// pick a row, each row holds one float per class, so scoring a feature is one contiguous add.
/// Collisions are accepted (they cost little accuracy at this size and save a dictionary probe).
/// </summary>
internal sealed class WeightTable : IDisposable
{
    private readonly HugePageArray<float> _memory;

    /// <summary>log2 of the number of rows.</summary>
    public int Bits { get; }
    /// <summary>Number of classes (floats per row).</summary>
    public int Classes { get; }
    /// <summary>Row-major weights, in huge pages (see <see cref="HugePageArray{T}"/>).</summary>
    public Span<float> Weights => _memory.Span;

    /// <summary>Creates an all-zero table.</summary>
    public WeightTable(int bits, int classes)
    {
        if (bits is < 8 or > 30) throw new ArgumentOutOfRangeException(nameof(bits));
        Bits = bits;
        Classes = classes;
        _memory = new HugePageArray<float>((1L << bits) * classes);
    }

    /// <summary>Frees the weights now rather than at finalisation (training makes a table per epoch).</summary>
    public void Dispose() => _memory.Dispose();

    /// <summary>Offset of the row of <paramref name="key"/> in <see cref="Weights"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Row(ulong key) => (int)(key >> (64 - Bits)) * Classes;

    /// <summary>Adds the rows of all <paramref name="keys"/> into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> keys, Span<float> scores)
    {
        int c = Classes;
        scores[..c].Clear();
        ref float w0 = ref MemoryMarshal.GetReference(Weights);
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
        PrefetchRows(keys, c);
        int vw = Vector<float>.Count;
        foreach (ulong k in keys)
        {
            var row = Weights.Slice(Row(k), c);
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

    /// <summary>Prefetches every cache line of each wide row (the label table's rows span several lines).</summary>
    private unsafe void PrefetchRows(ReadOnlySpan<ulong> keys, int classes)
    {
        if (!Sse.IsSupported) return;
        fixed (float* w = Weights)
            foreach (ulong k in keys)
            {
                float* row = w + Row(k);
                for (int j = 0; j < classes; j += 16) Sse.Prefetch0(row + j);
            }
    }

    /// <summary>
    /// Writes the table sparsely: weights below <paramref name="prune"/> in magnitude are dropped;
    /// rows left empty are skipped. Kept rows are written as one block of row-index gaps (7-bit
    /// varints); tables with many classes, whose rows are mostly zero, also store per row the
    /// number and the indices of their non-zero classes. Weights follow as one half-precision block,
    /// so loading is a few bulk reads.
    /// </summary>
    public void Write(BinaryWriter w, float prune)
    {
        int rows = 1 << Bits, c = Classes;
        bool sparse = c > 8;
        var gaps = new BinaryWriter(new MemoryStream());
        var counts = new BinaryWriter(new MemoryStream());
        var indices = new List<ushort>();
        var halves = new List<Half>();
        int kept = 0, prev = -1;
        for (int r = 0; r < rows; r++)
        {
            var row = Weights.Slice(r * c, c);
            int nonZero = 0;
            foreach (float x in row) if (MathF.Abs(x) >= prune) nonZero++;
            if (nonZero == 0) continue;
            gaps.Write7BitEncodedInt(r - prev);
            prev = r;
            kept++;
            if (sparse) counts.Write7BitEncodedInt(nonZero);
            for (int j = 0; j < c; j++)
            {
                bool keep = MathF.Abs(row[j]) >= prune;
                if (sparse && !keep) continue;
                if (sparse) indices.Add((ushort)j);
                halves.Add(keep ? (Half)row[j] : (Half)0f);
            }
        }
        w.Write(Bits);
        w.Write(Classes);
        w.Write(kept);
        w.Write(sparse);
        WriteBlock(w, gaps);
        if (sparse)
        {
            WriteBlock(w, counts);
            w.Write(indices.Count);
            w.Write(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(indices)));
        }
        w.Write(halves.Count);
        w.Write(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(halves)));
    }

    private static void WriteBlock(BinaryWriter w, BinaryWriter block)
    {
        var ms = (MemoryStream)block.BaseStream;
        w.Write((int)ms.Length);
        w.Write(ms.GetBuffer(), 0, (int)ms.Length);
    }


    /// <summary>Reads a table written by <see cref="Write"/> (format 2) or by format 1 (dense rows only).</summary>
    public static WeightTable Read(BinaryReader r, int format)
    {
        int bits = r.ReadInt32(), classes = r.ReadInt32();
        var t = new WeightTable(bits, classes);
        int n = r.ReadInt32();
        bool sparse = format >= 2 && r.ReadBoolean();
        var gaps = TableBlocks.Read(r, r.ReadInt32());
        byte[] counts = [];
        ReadOnlySpan<ushort> indices = default;
        if (sparse)
        {
            counts = TableBlocks.Read(r, r.ReadInt32());
            indices = MemoryMarshal.Cast<byte, ushort>(TableBlocks.Read(r, checked(r.ReadInt32() * 2)));
        }
        int weightCount = format >= 2 ? r.ReadInt32() : checked(n * classes);
        var weights = MemoryMarshal.Cast<byte, ushort>(TableBlocks.Read(r, checked(weightCount * 2)));
        int row = -1, rows = 1 << bits, gapPos = 0, countPos = 0, next = 0;
        for (int i = 0; i < n; i++)
        {
            row += TableBlocks.Varint(gaps, ref gapPos);
            if (row >= rows) throw new InvalidDataException("weight row out of range");
            var dst = t.Weights.Slice(row * classes, classes);
            if (!sparse)
            {
                if (next + classes > weights.Length) throw new EndOfStreamException("weight block truncated");
                for (int j = 0; j < classes; j++) dst[j] = TableBlocks.HalfToSingle(weights[next + j]);
                next += classes;
                continue;
            }
            int m = TableBlocks.Varint(counts, ref countPos);
            if (next + m > weights.Length || next + m > indices.Length) throw new EndOfStreamException("weight block truncated");
            for (int j = 0; j < m; j++)
            {
                int cls = indices[next + j];
                if (cls >= classes) throw new InvalidDataException("class index out of range");
                dst[cls] = TableBlocks.HalfToSingle(weights[next + j]);
            }
            next += m;
        }
        return t;
    }
}
