namespace Entente.Coding.Shallow;

/// <summary>
/// The phrases of a set of TABARI dictionaries (actors with nouns and adjectives, agents, verbs with synsets and
/// time phrases), indexed by first word so that a sentence word finds every phrase whose first word matches it,
/// whole or as a stem. Immutable after reading; safe to share between threads.
/// </summary>
public sealed class ShallowLexicon
{
    private readonly Dictionary<string, List<ShallowEntry>> _byFirst = new(StringComparer.Ordinal);
    private int _longestKey;

    /// <summary>Lines that could not be read, with file and line.</summary>
    public List<Dictionaries.DictionaryIssue> Issues { get; } = [];

    /// <summary>Number of phrases.</summary>
    public int Count { get; private set; }

    internal void Add(ShallowEntry entry)
    {
        if (entry.Words.Length == 0) return;
        var key = entry.Words[0].Text;
        if (!_byFirst.TryGetValue(key, out var list)) _byFirst[key] = list = [];
        list.Add(entry);
        _longestKey = Math.Max(_longestKey, key.Length);
        Count++;
    }

    /// <summary>Adds to <paramref name="into"/> every entry whose first word can match <paramref name="word"/>.</summary>
    public void Candidates(string word, List<ShallowEntry> into)
    {
        // a first word matches as the whole word, as a stem (a prefix) or with a regular ending: all are prefixes
        int max = Math.Min(word.Length, _longestKey);
        var lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int n = 1; n <= max; n++)
        {
            if (!lookup.TryGetValue(word.AsSpan(0, n), out var list)) continue;
            foreach (var e in list)
                if (e.Words[0].Matches(word, e.Kind == ShallowWordKind.Verb, endings: e.Words.Length == 1)) into.Add(e);
        }
    }
}
