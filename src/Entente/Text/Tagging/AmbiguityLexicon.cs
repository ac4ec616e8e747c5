namespace Entente.Text.Tagging;

/// <summary>
/// For each training word, an id of the set of tags it was seen with (its ambiguity class), so
/// the tagger can look at what the words to its right could be before it has tagged them.
/// </summary>
public sealed class AmbiguityLexicon
{
    private readonly Dictionary<string, int> _classes;

    /// <summary>Creates a lexicon from word → ambiguity-class id.</summary>
    public AmbiguityLexicon(Dictionary<string, int> classes) => _classes = classes;

    /// <summary>Number of words.</summary>
    public int Count => _classes.Count;

    /// <summary>The entries, for saving.</summary>
    public IEnumerable<KeyValuePair<string, int>> Entries => _classes;

    /// <summary>Fills the ambiguity id of each word; 0 when unknown. Tries the form, then its lowercase.</summary>
    public void Lookup(ReadOnlySpan<string> words, Span<int> ids)
    {
        var alt = _classes.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[64];
        for (int i = 0; i < words.Length; i++)
        {
            if (_classes.TryGetValue(words[i], out int id)) { ids[i] = id; continue; }
            var w = words[i].AsSpan();
            if (w.Length <= lower.Length)
            {
                int n = w.ToLowerInvariant(lower);
                if (alt.TryGetValue(lower[..n], out id)) { ids[i] = id; continue; }
            }
            ids[i] = 0;
        }
    }

    /// <summary>
    /// Builds the lexicon from gold data: words seen at least twice, with the classes that make up
    /// at least 5% of their occurrences.
    /// </summary>
    public static AmbiguityLexicon Build(IReadOnlyList<TaggedSentence> data, int[][] gold)
    {
        var counts = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        for (int s = 0; s < data.Count; s++)
            for (int i = 0; i < data[s].Words.Length; i++)
            {
                var word = data[s].Words[i];
                if (!counts.TryGetValue(word, out var d)) counts[word] = d = new();
                d[gold[s][i]] = d.GetValueOrDefault(gold[s][i]) + 1;
            }
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, d) in counts)
        {
            int total = d.Values.Sum();
            if (total < 2) continue;
            int id = 17;
            foreach (var c in d.Where(kv => kv.Value * 20 >= total).Select(kv => kv.Key).Order()) id = unchecked(id * 31 + c + 1);
            result[word] = id == 0 ? 1 : id;
        }
        return new AmbiguityLexicon(result);
    }
}
