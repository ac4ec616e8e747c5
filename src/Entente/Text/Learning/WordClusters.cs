namespace Entente.Text.Learning;

/// <summary>
/// Word classes learned from unlabelled text (<see cref="ExchangeClustering"/>): lowercased word → class.
/// Immutable once built; safe to share across threads; lookups do not allocate.
/// </summary>
public sealed class WordClusters
{
    /// <summary>Class reported for a word that was not clustered.</summary>
    public const int None = -1;

    private readonly Dictionary<string, int> _classes;

    /// <summary>Creates the map from (lowercased word, class) pairs.</summary>
    public WordClusters(IEnumerable<KeyValuePair<string, int>> classes) =>
        _classes = classes.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);

    /// <summary>A map with no words.</summary>
    public static WordClusters Empty { get; } = new([]);

    /// <summary>Number of clustered words.</summary>
    public int Count => _classes.Count;

    /// <summary>The class of <paramref name="word"/> (any case), or <see cref="None"/>.</summary>
    public int Of(ReadOnlySpan<char> word)
    {
        if (_classes.Count == 0 || word.Length == 0 || word.Length > 64) return None;
        Span<char> lower = stackalloc char[64];
        int n = word.ToLowerInvariant(lower);
        return _classes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower[..n], out int c) ? c : None;
    }

    /// <summary>Reads a "word TAB class" file as written by <c>entente train clusters</c>.</summary>
    /// <exception cref="InvalidDataException">A line is not a word, a tab and a class number (the message names the line).</exception>
    public static WordClusters ReadText(string path)
    {
        var pairs = new List<KeyValuePair<string, int>>();
        int line = 0;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            if (raw.Length == 0) continue;
            int tab = raw.IndexOf('\t');
            if (tab <= 0 || !int.TryParse(raw.AsSpan(tab + 1), out int c) || c < 0)
                throw new InvalidDataException($"{path}:{line}: expected 'word<TAB>class'");
            pairs.Add(new(raw[..tab].ToLowerInvariant(), c));
        }
        return new WordClusters(pairs);
    }

    /// <summary>Writes the map as a "word TAB class" file, words in ordinal order.</summary>
    public void WriteText(TextWriter w)
    {
        foreach (var (k, c) in _classes.OrderBy(kv => kv.Key, StringComparer.Ordinal)) w.Write($"{k}\t{c}\n");
    }

    /// <summary>Writes the map into a model file.</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(_classes.Count);
        foreach (var (k, c) in _classes.OrderBy(kv => kv.Key, StringComparer.Ordinal)) { w.Write(k); w.Write((ushort)c); }
    }

    /// <summary>Reads a map written by <see cref="Write"/>.</summary>
    public static WordClusters Read(BinaryReader r)
    {
        int n = r.ReadInt32();
        if (n < 0) throw new InvalidDataException("corrupt word-cluster section");
        var pairs = new KeyValuePair<string, int>[n];
        for (int i = 0; i < n; i++) pairs[i] = new(r.ReadString(), r.ReadUInt16());
        return new WordClusters(pairs);
    }
}
