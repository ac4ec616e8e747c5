using Entente.Text.Learning;

namespace Entente.Text.Tagging;

/// <summary>
/// For each training word, an id of the set of tags it was seen with (its ambiguity class), so
/// the tagger can look at what the words to its right could be before it has tagged them.
/// Words are kept as 64-bit hashes (<see cref="Key"/>), so a model file stores no word list of its treebank.
/// </summary>
public sealed class AmbiguityLexicon
{
    private readonly Dictionary<ulong, int> _classes;

    /// <summary>Creates a lexicon from word hash (<see cref="Key"/>) → ambiguity-class id.</summary>
    public AmbiguityLexicon(Dictionary<ulong, int> classes) => _classes = classes;

    /// <summary>Number of words.</summary>
    public int Count => _classes.Count;

    /// <summary>The entries as (word hash, class id), for saving.</summary>
    public IEnumerable<KeyValuePair<ulong, int>> Entries => _classes;

    /// <summary>The hash a word (as written) is kept under; the tagger's word dictionary uses the same.</summary>
    public static ulong Key(ReadOnlySpan<char> word) => FeatureHash.Of(KeyTemplate, word);

    /// <summary>The key of a word's lowercased form, without building it.</summary>
    public static ulong LowerKey(ReadOnlySpan<char> word) => FeatureHash.OfLower(KeyTemplate, word);

    private const int KeyTemplate = 9003;

    /// <summary>Fills the ambiguity id of each word; 0 when unknown. Tries the form, then its lowercase.</summary>
    public void Lookup(ReadOnlySpan<string> words, Span<int> ids)
    {
        for (int i = 0; i < words.Length; i++)
        {
            var w = words[i].AsSpan();
            if (_classes.TryGetValue(Key(w), out int id) || (w.Length <= 64 && _classes.TryGetValue(LowerKey(w), out id))) ids[i] = id;
            else ids[i] = 0;
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
        return new AmbiguityLexicon(result.ToDictionary(kv => Key(kv.Key), kv => kv.Value));
    }
}
