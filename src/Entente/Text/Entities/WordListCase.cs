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

    // Each word's flags at its slot of _slots (0 where the list lacks the word).
    private readonly WordSlots _slots;
    private readonly byte[] _flags;
    // The list as stored in the model file (Brotli-compressed "flags word" lines), kept to save it again
    // without holding every word as a string.
    private readonly byte[] _stored;

    private WordListCase(int count, WordSlots slots, byte[] flags, byte[] stored)
    {
        Count = count;
        _slots = slots;
        _flags = flags;
        _stored = stored;
    }

    /// <summary>A list with no words: every word is absent.</summary>
    public static WordListCase Empty { get; } = new(0, WordSlots.Empty, new byte[WordSlots.Empty.Capacity], []);

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
        var stored = BrotliText.Compress(flags.Keys.Order(StringComparer.Ordinal).Select(w => (char)('0' + flags[w]) + w));
        var slots = new WordSlots(flags.Count);
        var table = new byte[slots.Capacity];
        foreach (var (w, f) in flags) table[slots.Add(w)] |= f;
        return new WordListCase(flags.Count, slots, table, stored);
    }

    /// <summary>The flags of <paramref name="word"/> (any case): a combination of <see cref="Lower"/>, <see cref="Capitalised"/> and <see cref="Capitals"/>, or 0 when the list lacks it.</summary>
    public byte Of(ReadOnlySpan<char> word)
    {
        if (Count == 0 || word.Length == 0 || word.Length > MaxLength) return 0;
        int slot = _slots.Find(word);
        return slot < 0 ? (byte)0 : _flags[slot];
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
        var keys = new ulong[count];
        var flags = new byte[count];
        int read = 0;
        // Parsed from one decoded buffer, not a string per line: the shipped list has 278,701 words. Filed in slot
        // order (WordSlots.AddAll), which misses the cache far less than filing them line by line.
        foreach (var line in new TextLines(BrotliText.Decode(data, $"{name}: word-list section")))
        {
            if (read == count) break;
            if (line.Length < 2 || line[0] is < '1' or > '7') break;
            keys[read] = WordSlots.KeyOf(line[1..]);
            flags[read] = (byte)(line[0] - '0');
            read++;
        }
        if (read != count) throw new InvalidDataException($"{name}: word-list section has {read} of {count} words");
        var slots = new WordSlots(count);
        var slotOf = new int[count];
        var table = new byte[slots.Capacity];
        foreach (int i in slots.AddAll(keys, slotOf)) table[slotOf[i]] |= flags[i];
        return new WordListCase(count, slots, table, data);
    }
}
