using System.IO.Compression;
using Entente.Text.Learning;

namespace Entente.Text.Entities;

/// <summary>
/// How a word is written in a large English word list (e.g. Debian's <c>wamerican-huge</c>): in lower
/// case, capitalised, in capitals, or several of these, or not at all. The training text's
/// <see cref="CaseProfile"/> knows only the words of the training text; this reaches the words it never
/// saw, which is most of what the recognizer gets wrong: a lower-case word that the list has only
/// capitalised is a name typed carelessly ("trivandrum", "mississippi"), a capitalised word that the list
/// has only in lower case is a common word given a capital ("Laughter", "Kudos").
/// Immutable once built; safe to share across threads; lookups do not allocate.
/// </summary>
public sealed class WordListCase
{
    /// <summary>Flag: the list has the word in lower case.</summary>
    public const byte Lower = 1;

    /// <summary>Flag: the list has the word capitalised.</summary>
    public const byte Capitalised = 2;

    /// <summary>Flag: the list has the word in capitals (an acronym).</summary>
    public const byte Capitals = 4;

    /// <summary>Longest word looked up; longer ones are reported as absent.</summary>
    public const int MaxLength = 48;

    // Open addressing: each slot holds the word's hash with its low three bits replaced by its flags; 0 is empty.
    private readonly ulong[] _slots;
    // The list as stored in the model file (Brotli-compressed "flags word" lines), kept to save it again
    // without holding every word as a string.
    private readonly byte[] _stored;

    private WordListCase(int count, ulong[] slots, byte[] stored)
    {
        Count = count;
        _slots = slots;
        _stored = stored;
    }

    /// <summary>A list with no words: every word is absent.</summary>
    public static WordListCase Empty { get; } = new(0, new ulong[1], []);

    /// <summary>Number of distinct (lowercased) words.</summary>
    public int Count { get; }

    /// <summary>
    /// Builds the table from the words of a list, one entry per line as the list writes it. Possessives
    /// ("Aaron's") are left out: they repeat their stems. Lines that are empty or not words are skipped.
    /// </summary>
    public static WordListCase FromWords(IEnumerable<string> lines)
    {
        var flags = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var raw in lines)
        {
            var w = raw.Trim();
            if (w.Length == 0 || w.Length > MaxLength || w.EndsWith("'s", StringComparison.Ordinal) || !char.IsLetter(w[0])) continue;
            var lower = w.ToLowerInvariant();
            byte f = w == lower ? Lower : w.Length > 1 && w == w.ToUpperInvariant() ? Capitals : Capitalised;
            flags[lower] = (byte)(flags.GetValueOrDefault(lower) | f);
        }
        using var buffer = new MemoryStream();
        using (var brotli = new BrotliStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var text = new StreamWriter(brotli, new System.Text.UTF8Encoding(false)))
            foreach (var w in flags.Keys.Order(StringComparer.Ordinal)) { text.Write((char)('0' + flags[w])); text.Write(w); text.Write('\n'); }
        var slots = NewSlots(flags.Count);
        foreach (var (w, f) in flags) Insert(slots, Key(w) | f);
        return new WordListCase(flags.Count, slots, buffer.ToArray());
    }

    /// <summary>The flags of <paramref name="word"/> (any case): a combination of <see cref="Lower"/>, <see cref="Capitalised"/> and <see cref="Capitals"/>, or 0 when the list lacks it.</summary>
    public byte Of(ReadOnlySpan<char> word)
    {
        if (Count == 0 || word.Length == 0 || word.Length > MaxLength) return 0;
        ulong key = Key(word);
        int mask = _slots.Length - 1;
        for (int s = (int)(key >> 3) & mask; ; s = (s + 1) & mask)
        {
            ulong slot = _slots[s];
            if (slot == 0) return 0;
            if ((slot & ~7UL) == key) return (byte)(slot & 7);
        }
    }

    /// <summary>Writes the list (Brotli-compressed text, one "flags word" line per word).</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(Count);
        w.Write(_stored.Length);
        w.Write(_stored);
    }

    /// <summary>Reads a list written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The section is truncated or its count does not match.</exception>
    public static WordListCase Read(BinaryReader r, string name)
    {
        int count = r.ReadInt32();
        int bytes = r.ReadInt32();
        if (count < 0 || bytes < 0) throw new InvalidDataException($"{name}: corrupt word-list section");
        var data = r.ReadBytes(bytes);
        if (data.Length != bytes) throw new InvalidDataException($"{name}: word-list section truncated");
        var slots = NewSlots(count);
        try
        {
            using var text = new StreamReader(new BrotliStream(new MemoryStream(data), CompressionMode.Decompress));
            for (int i = 0; i < count; i++)
            {
                var line = text.ReadLine();
                if (line is null || line.Length < 2 || line[0] is < '1' or > '7')
                    throw new InvalidDataException($"{name}: word-list section has {i} of {count} words");
                Insert(slots, Key(line.AsSpan(1)) | (byte)(line[0] - '0'));
            }
        }
        catch (IOException e) { throw new InvalidDataException($"{name}: corrupt word-list section ({e.Message})", e); }
        return new WordListCase(count, slots, data);
    }

    private static ulong[] NewSlots(int count)
    {
        int capacity = 16;
        while (capacity < count * 2) capacity <<= 1;
        return new ulong[capacity];
    }

    private static void Insert(ulong[] slots, ulong key)
    {
        int mask = slots.Length - 1;
        int s = (int)(key >> 3) & mask;
        while (slots[s] != 0) s = (s + 1) & mask;
        slots[s] = key;
    }

    private static ulong Key(ReadOnlySpan<char> word)
    {
        ulong h = FeatureHash.OfLower(0, word) & ~7UL;
        return h == 0 ? 8 : h;
    }
}
