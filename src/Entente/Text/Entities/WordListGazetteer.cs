using Entente.Text.Learning;

namespace Entente.Text.Entities;

/// <summary>
/// A gazetteer over a list of names of one or more words, matched case-insensitively, longest
/// match first. Names are kept as 64-bit hashes of their lowercased words, so a model file that
/// carries a gazetteer stores no name list, and matching hashes word by word without building strings.
/// Immutable once built; safe to share across threads.
/// </summary>
public sealed class WordListGazetteer : IEntityGazetteer
{
    /// <summary>Longest name, in words.</summary>
    public const int MaxWords = 6;

    private const int MaxChars = 255; // longest name in characters, spaces between words included
    private const int KeyTemplate = 9002;

    private readonly Dictionary<ulong, string> _names; // hash of the lowercased words → type
    private readonly HashSet<ulong> _prefixes; // hashes of the first words of longer names, so matching stops early

    /// <summary>Creates a gazetteer from (name words, type) pairs; a name listed with several types keeps the first.</summary>
    public WordListGazetteer(IEnumerable<(string[] Words, string Type)> names)
    {
        _names = [];
        _prefixes = [];
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (words, type) in names)
        {
            if (words.Length is 0 or > MaxWords || words.Sum(w => w.Length + 1) - 1 > MaxChars) continue;
            ulong key = FeatureHash.Of(KeyTemplate);
            for (int k = 0; k < words.Length; k++)
            {
                if (k > 0) _prefixes.Add(key);
                key = FeatureHash.ExtendLower(key, words[k]);
            }
            if (!types.TryGetValue(type, out var shared)) types[type] = shared = type;
            _names.TryAdd(key, shared);
        }
    }

    private WordListGazetteer(Dictionary<ulong, string> names, HashSet<ulong> prefixes) => (_names, _prefixes) = (names, prefixes);

    /// <summary>Number of names.</summary>
    public int Count => _names.Count;

    /// <summary>The types of the names, in ordinal order.</summary>
    public string[] Types() => _names.Values.Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <inheritdoc/>
    public void Match(ReadOnlySpan<string> words, Span<GazetteerHit> hits)
    {
        hits[..words.Length].Clear();
        for (int i = 0; i < words.Length;)
        {
            int matched = 0, length = -1;
            string? type = null;
            ulong key = FeatureHash.Of(KeyTemplate);
            for (int n = 1; n <= MaxWords && i + n <= words.Length; n++)
            {
                var w = words[i + n - 1];
                length += w.Length + 1;
                if (length > MaxChars) break;
                key = FeatureHash.ExtendLower(key, w);
                if (_names.TryGetValue(key, out var t)) { matched = n; type = t; }
                if (!_prefixes.Contains(key)) break;
            }
            if (matched == 0) { i++; continue; }
            for (int k = 0; k < matched; k++) hits[i + k] = new GazetteerHit(type, k == 0);
            i += matched;
        }
    }

    /// <summary>Writes the gazetteer (types, then hashed names and prefixes, in order) into a model file.</summary>
    public void Write(BinaryWriter w)
    {
        var types = _names.Values.Distinct().Order(StringComparer.Ordinal).ToList();
        w.Write(types.Count);
        foreach (var t in types) w.Write(t);
        w.Write(_names.Count);
        foreach (var (key, type) in _names.OrderBy(kv => kv.Key)) { w.Write(key); w.Write((ushort)types.IndexOf(type)); }
        w.Write(_prefixes.Count);
        foreach (var key in _prefixes.Order()) w.Write(key);
    }

    /// <summary>Reads a gazetteer written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">A count or type index is out of range (the message names the file).</exception>
    public static WordListGazetteer Read(BinaryReader r, string name)
    {
        int nt = r.ReadInt32();
        if (nt is < 0 or > ushort.MaxValue) throw new InvalidDataException($"{name}: corrupt gazetteer section");
        var types = new string[nt];
        for (int i = 0; i < nt; i++) types[i] = r.ReadString();
        int nn = r.ReadInt32();
        if (nn < 0) throw new InvalidDataException($"{name}: corrupt gazetteer section");
        var names = new Dictionary<ulong, string>(nn);
        for (int i = 0; i < nn; i++)
        {
            ulong key = r.ReadUInt64();
            int t = r.ReadUInt16();
            if (t >= nt) throw new InvalidDataException($"{name}: gazetteer type {t} out of range");
            names[key] = types[t];
        }
        int np = r.ReadInt32();
        if (np < 0) throw new InvalidDataException($"{name}: corrupt gazetteer section");
        var prefixes = new HashSet<ulong>(np);
        for (int i = 0; i < np; i++) prefixes.Add(r.ReadUInt64());
        return new WordListGazetteer(names, prefixes);
    }
}
