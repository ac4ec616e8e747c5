namespace Entente.Text.Learning;

/// <summary>
/// Fixed word vectors for a network's input, stored as one signed byte per dimension with a scale per word:
/// the shipped 40,000 words of 100 dimensions take 4 MB instead of 16, and the rounding (under 0.4% of a row's
/// largest value) is far below what the network can tell apart. Words are looked up case-insensitively through
/// <see cref="WordSlots"/>; lookups do not allocate. The words themselves are kept only as the Brotli-compressed
/// text the model file stores (<see cref="BrotliText"/>), not as a string each.
/// </summary>
public sealed class WordEmbeddings
{
    private readonly WordSlots _slots;
    private readonly int[] _rowOfSlot;
    private readonly sbyte[] _values;
    private readonly float[] _scales;
    private readonly byte[] _packedWords;

    private WordEmbeddings(byte[] packedWords, sbyte[] values, float[] scales, int dimensions)
    {
        _packedWords = packedWords;
        _values = values;
        _scales = scales;
        Dimensions = dimensions;
        Count = scales.Length;
        _slots = new WordSlots(Count);
        _rowOfSlot = new int[_slots.Capacity];
        Array.Fill(_rowOfSlot, -1);
        // One decoded buffer, each line a word in row order: no string per word.
        var text = BrotliText.Decode(packedWords, "word embeddings").AsSpan();
        int row = 0;
        while (!text.IsEmpty)
        {
            int end = text.IndexOf('\n');
            var word = end < 0 ? text : text[..end];
            text = end < 0 ? default : text[(end + 1)..];
            if (word.IsEmpty) continue;
            if (row == Count) throw new InvalidDataException($"word embeddings: more words than the {Count} vectors");
            int slot = _slots.Add(word);
            if (_rowOfSlot[slot] < 0) _rowOfSlot[slot] = row;
            row++;
        }
        if (row != Count) throw new InvalidDataException($"word embeddings: {row} words where the header says {Count}");
    }

    /// <summary>Vector length.</summary>
    public int Dimensions { get; }

    /// <summary>Number of words.</summary>
    public int Count { get; }

    /// <summary>The first <paramref name="count"/> words of <paramref name="vectors"/>, each scaled to length <paramref name="length"/>.</summary>
    public static WordEmbeddings From(WordVectors vectors, int count, float length)
    {
        count = Math.Min(count, vectors.Count);
        int d = vectors.Dimensions;
        var values = new sbyte[count * d];
        var scales = new float[count];
        for (int i = 0; i < count; i++)
        {
            var v = vectors.Of(i);
            float max = 0;
            foreach (float x in v) max = Math.Max(max, Math.Abs(x));
            float q = max > 0 ? 127f / max : 0;
            for (int j = 0; j < d; j++) values[i * d + j] = (sbyte)Math.Round(v[j] * q);
            scales[i] = max > 0 ? length * max / 127f : 0;
        }
        return new WordEmbeddings(BrotliText.Compress(vectors.Words.Take(count)), values, scales, d);
    }

    /// <summary>Writes the vector of <paramref name="word"/> (any case) into <paramref name="output"/>; false (and zeros) when absent.</summary>
    public bool Lookup(ReadOnlySpan<char> word, Span<float> output)
    {
        int s = _slots.Find(word);
        int row = s < 0 ? -1 : _rowOfSlot[s];
        if (row < 0) { output[..Dimensions].Clear(); return false; }
        var v = _values.AsSpan(row * Dimensions, Dimensions);
        float scale = _scales[row];
        for (int j = 0; j < v.Length; j++) output[j] = v[j] * scale;
        return true;
    }

    /// <summary>Writes the table.</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(Count);
        w.Write(Dimensions);
        w.Write(_packedWords.Length);
        w.Write(_packedWords);
        foreach (float s in _scales) w.Write(s);
        w.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_values.AsSpan()));
    }

    /// <summary>Reads a table written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">Truncated or inconsistent.</exception>
    public static WordEmbeddings Read(BinaryReader r)
    {
        int n = r.ReadInt32(), d = r.ReadInt32();
        if (n < 0 || d <= 0 || d > 4096 || (long)n * d > int.MaxValue) throw new InvalidDataException($"word embeddings: bad size {n} × {d}");
        var packed = r.ReadBytes(r.ReadInt32());
        var scales = new float[n];
        for (int i = 0; i < n; i++) scales[i] = r.ReadSingle();
        var bytes = r.ReadBytes(n * d);
        if (bytes.Length != n * d) throw new EndOfStreamException("word embeddings truncated");
        var values = new sbyte[n * d];
        Buffer.BlockCopy(bytes, 0, values, 0, bytes.Length);
        return new WordEmbeddings(packed, values, scales, d);
    }
}
