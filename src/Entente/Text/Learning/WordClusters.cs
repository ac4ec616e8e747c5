namespace Entente.Text.Learning;

/// <summary>
/// Word classes learned from unlabelled text (<see cref="ExchangeClustering"/>) or from word vectors
/// (<see cref="VectorClustering"/>): lowercased word → class. Looked up through a table of 64-bit word hashes,
/// so that a map of hundreds of thousands of words costs a few megabytes and no string per word.
/// Immutable once built; safe to share across threads; lookups do not allocate.
/// </summary>
public sealed class WordClusters
{
    /// <summary>Class reported for a word that was not clustered.</summary>
    public const int None = -1;

    /// <summary>Largest class number a map can hold.</summary>
    public const int MaxClass = ClassMask - 1;

    /// <summary>Longest word looked up; longer ones are reported as not clustered.</summary>
    public const int MaxLength = 64;

    private const int ClassMask = ushort.MaxValue;
    // Marks the compressed format in a model file; the first format began with a non-negative count.
    private const int CompressedFormat = -2;

    // Each word's class + 1 at its slot of _slots (0 where this map lacks the word). Maps read from one set share
    // one table of slots: one probe answers for all of them.
    private readonly WordSlots _slots;
    private readonly ushort[] _classes;
    // The map as stored in a model file (Brotli-compressed lines in ordinal word order), kept to write it again
    // without holding every word as a string. A map read from a set shares the set's lines, "word TAB class TAB
    // class ...", and owns column _column of them; a map of its own has "word TAB class" lines and column 0.
    private readonly byte[] _stored;
    private readonly int _column, _columns;

    private WordClusters(int count, WordSlots slots, ushort[] classes, byte[] stored, int column = 0, int columns = 1)
    {
        Count = count;
        _slots = slots;
        _classes = classes;
        _stored = stored;
        _column = column;
        _columns = columns;
    }

    /// <summary>Creates the map from (word, class) pairs; words are lowercased, and a repeated word keeps its first class.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A class is negative or above <see cref="MaxClass"/>.</exception>
    public WordClusters(IEnumerable<KeyValuePair<string, int>> classes)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, c) in classes)
        {
            if (c is < 0 or > MaxClass) throw new ArgumentOutOfRangeException(nameof(classes), $"class {c} of '{word}' is outside 0..{MaxClass}");
            var w = word.ToLowerInvariant();
            if (w.Length is > 0 and <= MaxLength) map.TryAdd(w, c);
        }
        Count = map.Count;
        _columns = 1;
        _slots = new WordSlots(map.Count);
        _classes = new ushort[_slots.Capacity];
        foreach (var (w, c) in map) Assign(_classes, _slots.Add(w), c);
        _stored = BrotliText.Compress(map.Keys.Order(StringComparer.Ordinal).Select(w => $"{w}\t{map[w]}"));
    }

    /// <summary>A map with no words.</summary>
    public static WordClusters Empty { get; } = new(0, WordSlots.Empty, new ushort[WordSlots.Empty.Capacity], []);

    /// <summary>Number of clustered words.</summary>
    public int Count { get; }

    /// <summary>Whether lookups in this map and <paramref name="other"/> probe one hash table (maps read from one set do).</summary>
    internal bool SharesTableWith(WordClusters other) => ReferenceEquals(_slots, other._slots);

    /// <summary>The class of <paramref name="word"/> (any case), or <see cref="None"/>.</summary>
    public int Of(ReadOnlySpan<char> word)
    {
        if (Count == 0 || word.Length == 0 || word.Length > MaxLength) return None;
        int slot = _slots.Find(word);
        return slot < 0 ? None : _classes[slot] - 1;
    }

    /// <summary>Reads a "word TAB class" file as written by <c>entente train clusters</c>.</summary>
    /// <exception cref="InvalidDataException">A line is not a word, a tab and a class number (the message names the line).</exception>
    public static WordClusters ReadText(string path)
    {
        using var reader = new StreamReader(path);
        return ReadText(reader, path);
    }

    private static WordClusters ReadText(TextReader reader, string name)
    {
        var pairs = new List<KeyValuePair<string, int>>();
        int line = 0;
        string? raw;
        while ((raw = reader.ReadLine()) is not null)
        {
            line++;
            if (raw.Length == 0) continue;
            int tab = raw.IndexOf('\t');
            if (tab <= 0 || !int.TryParse(raw.AsSpan(tab + 1), out int c) || c is < 0 or > MaxClass)
                throw new InvalidDataException($"{name}:{line}: expected 'word<TAB>class' with a class of 0..{MaxClass}");
            pairs.Add(new(raw[..tab], c));
        }
        return new WordClusters(pairs);
    }

    /// <summary>Writes the map as a "word TAB class" file, words in ordinal order.</summary>
    public void WriteText(TextWriter w)
    {
        foreach (var (word, c) in Entries()) { w.Write(word); w.Write('\t'); w.Write(c); w.Write('\n'); }
    }

    /// <summary>Writes the map into a model file (compressed text; see <see cref="Read"/>).</summary>
    public void Write(BinaryWriter w)
    {
        var stored = _columns == 1 ? _stored : BrotliText.Compress(Entries().Select(e => $"{e.Word}\t{e.Class}"));
        w.Write(CompressedFormat);
        w.Write(Count);
        w.Write(stored.Length);
        w.Write(stored);
    }

    /// <summary>
    /// Writes several maps into a model file as one section whose words are stored once (see <see cref="ReadSet"/>):
    /// maps built over one vocabulary at several granularities cost little more than one.
    /// </summary>
    public static void WriteSet(BinaryWriter w, IReadOnlyList<WordClusters> maps)
    {
        w.Write(maps.Count);
        if (maps.Count == 0) return;
        foreach (var m in maps) w.Write(m.Count);
        // Maps read from one set are written back as they were, without decompressing.
        bool sameSet = maps.All(m => ReferenceEquals(m._stored, maps[0]._stored) && m._columns == maps.Count)
            && maps.Select(m => m._column).SequenceEqual(Enumerable.Range(0, maps.Count));
        var stored = sameSet ? maps[0]._stored : BrotliText.Compress(MergedLines(maps));
        w.Write(stored.Length);
        w.Write(stored);
    }

    /// <summary>Reads maps written by <see cref="WriteSet"/>.</summary>
    /// <exception cref="InvalidDataException">The section is truncated or corrupt.</exception>
    public static WordClusters[] ReadSet(BinaryReader r) => ReadSetLater(r)();

    /// <summary>
    /// Reads the bytes of maps written by <see cref="WriteSet"/> and returns the parsing of them, which is most of the
    /// work: a model loader can run it on another thread while it reads the rest of its file.
    /// </summary>
    /// <exception cref="InvalidDataException">The section is truncated or corrupt (thrown by the returned function when only its lines are).</exception>
    public static Func<WordClusters[]> ReadSetLater(BinaryReader r)
    {
        int n = r.ReadInt32();
        if (n < 0 || n > 64) throw new InvalidDataException("corrupt word-cluster set");
        if (n == 0) return () => [];
        var counts = new int[n];
        for (int j = 0; j < n; j++) if ((counts[j] = r.ReadInt32()) < 0) throw new InvalidDataException("corrupt word-cluster set");
        var data = ReadBytes(r);
        return () =>
        {
            var (slots, classes) = Parse(data, counts);
            return Enumerable.Range(0, n).Select(j => new WordClusters(counts[j], slots, classes[j], data, j, n)).ToArray();
        };
    }

    /// <summary>Reads a map written by <see cref="Write"/>, or by the first format (a count, then word and 16-bit class pairs).</summary>
    /// <exception cref="InvalidDataException">The section is truncated or corrupt.</exception>
    public static WordClusters Read(BinaryReader r)
    {
        int n = r.ReadInt32();
        if (n >= 0)
        {
            var pairs = new KeyValuePair<string, int>[n];
            for (int i = 0; i < n; i++) pairs[i] = new(r.ReadString(), r.ReadUInt16());
            return new WordClusters(pairs);
        }
        if (n != CompressedFormat) throw new InvalidDataException("corrupt word-cluster section");
        int count = r.ReadInt32();
        if (count < 0) throw new InvalidDataException("corrupt word-cluster section");
        var data = ReadBytes(r);
        var (slots, classes) = Parse(data, [count]);
        return new WordClusters(count, slots, classes[0], data);
    }

    // The hash table shared by the maps whose classes are the columns of the stored lines ("word TAB class TAB
    // class ...", empty where a map lacks the word) and each map's classes, parsed from one decoded buffer rather
    // than line strings: the shipped set has 341,479 lines and loads with the model. The lines are read into
    // keys and classes first, then filed in slot order (WordSlots.AddAll): filed line by line, each word missed the
    // cache once for its slot and once per map for its class.
    private static (WordSlots Slots, ushort[][] Classes) Parse(byte[] data, int[] counts)
    {
        int n = counts.Length;
        var text = BrotliText.Decode(data, "word-cluster section").AsSpan();
        int capacity = text.Count('\n') + 1;
        var keys = new ulong[capacity];
        var values = new ushort[capacity * n]; // class + 1, 0 where the map lacks the word
        var read = new int[n];
        int lines = 0;
        foreach (var line in new TextLines(text))
        {
            if (line.IsEmpty) continue;
            int tab = line.IndexOf('\t');
            if (tab <= 0) throw new InvalidDataException("corrupt word-cluster section");
            keys[lines] = WordSlots.KeyOf(line[..tab]);
            var rest = line[(tab + 1)..];
            for (int j = 0; j < n; j++)
            {
                int next = rest.IndexOf('\t');
                if ((next < 0) != (j == n - 1)) throw new InvalidDataException("corrupt word-cluster section: a line has the wrong number of columns");
                var field = next < 0 ? rest : rest[..next];
                if (field.Length > 0)
                {
                    if (!int.TryParse(field, out int c) || c is < 0 or > MaxClass || ++read[j] > counts[j])
                        throw new InvalidDataException("corrupt word-cluster section");
                    values[lines * n + j] = (ushort)(c + 1);
                }
                rest = next < 0 ? [] : rest[(next + 1)..];
            }
            lines++;
        }
        for (int j = 0; j < n; j++)
            if (read[j] != counts[j]) throw new InvalidDataException($"word-cluster section: map {j + 1} has {read[j]} of {counts[j]} words");
        var slots = new WordSlots(lines);
        var slotOf = new int[lines];
        var order = slots.AddAll(keys.AsSpan(0, lines), slotOf);
        var classes = counts.Select(_ => new ushort[slots.Capacity]).ToArray();
        foreach (int i in order)
            for (int j = 0; j < n; j++)
                if (values[i * n + j] is var v and not 0) Assign(classes[j], slotOf[i], v - 1);
        return (slots, classes);
    }

    // Two words of one hash share a slot: the first class stays.
    private static void Assign(ushort[] classes, int slot, int c)
    {
        if (classes[slot] == 0) classes[slot] = (ushort)(c + 1);
    }

    // This map's (word, class) pairs in ordinal word order, read back from the stored lines.
    private List<(string Word, int Class)> Entries()
    {
        var entries = new List<(string, int)>(Count);
        foreach (var line in new TextLines(BrotliText.Decode(_stored, "word-cluster section")))
        {
            if (line.IsEmpty) continue;
            var fields = line.ToString().Split('\t');
            if (_column + 1 < fields.Length && fields[_column + 1].Length > 0) entries.Add((fields[0], int.Parse(fields[_column + 1])));
        }
        return entries;
    }

    // Lines "word TAB class TAB class ..." over the union of the maps' words, ordinal order, empty where a map lacks the word.
    private static IEnumerable<string> MergedLines(IReadOnlyList<WordClusters> maps)
    {
        var classes = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        for (int j = 0; j < maps.Count; j++)
            foreach (var (word, c) in maps[j].Entries())
            {
                if (!classes.TryGetValue(word, out var row)) classes[word] = row = Enumerable.Repeat(None, maps.Count).ToArray();
                row[j] = c;
            }
        return classes.Select(e => e.Key + "\t" + string.Join('\t', e.Value.Select(c => c == None ? "" : c.ToString())));
    }

    private static byte[] ReadBytes(BinaryReader r)
    {
        int bytes = r.ReadInt32();
        if (bytes < 0) throw new InvalidDataException("corrupt word-cluster section");
        var data = r.ReadBytes(bytes);
        if (data.Length != bytes) throw new InvalidDataException("word-cluster section truncated");
        return data;
    }
}
