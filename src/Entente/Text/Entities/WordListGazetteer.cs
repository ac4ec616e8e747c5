namespace Entente.Text.Entities;

/// <summary>
/// A gazetteer over a list of names of one or more words, matched case-insensitively, longest
/// match first. Immutable once built; safe to share across threads.
/// </summary>
public sealed class WordListGazetteer : IEntityGazetteer
{
    /// <summary>Longest name, in words.</summary>
    public const int MaxWords = 6;

    private readonly Dictionary<string, string> _names; // lowercased words joined by ' ' → type
    private readonly HashSet<string> _prefixes; // first words of longer names, so matching stops early

    /// <summary>Creates a gazetteer from (name words, type) pairs; a name listed with several types keeps the first.</summary>
    public WordListGazetteer(IEnumerable<(string[] Words, string Type)> names)
    {
        _names = new Dictionary<string, string>(StringComparer.Ordinal);
        _prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (words, type) in names)
        {
            if (words.Length is 0 or > MaxWords) continue;
            _names.TryAdd(Key(words), type);
            for (int k = 1; k < words.Length; k++) _prefixes.Add(Key(words[..k]));
        }
    }

    /// <summary>Number of names.</summary>
    public int Count => _names.Count;

    /// <summary>The names as (lowercased words joined by spaces, type).</summary>
    public IEnumerable<KeyValuePair<string, string>> Entries => _names;

    /// <inheritdoc/>
    public void Match(ReadOnlySpan<string> words, Span<GazetteerHit> hits)
    {
        hits[..words.Length].Clear();
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        var prefixes = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[256];
        for (int i = 0; i < words.Length;)
        {
            int matched = 0;
            string? type = null;
            int len = 0;
            for (int n = 1; n <= MaxWords && i + n <= words.Length; n++)
            {
                var w = words[i + n - 1];
                if (len + w.Length + 1 > buffer.Length) break;
                if (n > 1) buffer[len++] = ' ';
                len += w.AsSpan().ToLowerInvariant(buffer[len..]);
                if (lookup.TryGetValue(buffer[..len], out var t)) { matched = n; type = t; }
                if (!prefixes.Contains(buffer[..len])) break;
            }
            if (matched == 0) { i++; continue; }
            for (int k = 0; k < matched; k++) hits[i + k] = new GazetteerHit(type, k == 0);
            i += matched;
        }
    }

    private static string Key(string[] words) => string.Join(' ', words).ToLowerInvariant();
}
