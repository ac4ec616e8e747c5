using System.Runtime.InteropServices;

namespace Entente.Actors;

/// <summary>
/// A trie over word sequences: words are interned to ids once, and an edge is one hash entry keyed
/// by (node, word id), so a lookup from a token is a span-keyed hash probe with no allocation
/// (except for the rare token with non-ASCII letters, which is folded first). Case is ignored.
/// An edge may be a stem (the field's TABARI convention: a word without a trailing underscore
/// matches any word it begins), tried only when no exact edge matches.
/// </summary>
public sealed class PhraseIndex
{
    /// <summary>The root node, where every match starts.</summary>
    public const int Root = 0;

    private readonly Dictionary<string, int> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<long, int> _edges = [];
    private readonly Dictionary<long, int> _stemEdges = [];
    private readonly List<bool> _hasStem = [false];
    private readonly List<List<PhraseTarget>?> _targets = [null];

    /// <summary>Creates an empty index.</summary>
    public PhraseIndex() => _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Number of trie nodes.</summary>
    public int NodeCount => _targets.Count;

    /// <summary>Number of distinct words.</summary>
    public int WordCount => _words.Count;

    /// <summary>Adds a phrase; when <paramref name="stemLast"/> the last word matches any word it begins.</summary>
    internal void Add(IReadOnlyList<string> words, bool stemLast, PhraseTarget target)
    {
        int node = Root;
        for (int i = 0; i < words.Count; i++)
        {
            var w = WordForms.NeedsFolding(words[i]) ? WordForms.Fold(words[i]) : words[i];
            if (!_words.TryGetValue(w, out int id)) { id = _words.Count; _words.Add(w, id); }
            bool stem = stemLast && i == words.Count - 1;
            var edges = stem ? _stemEdges : _edges;
            long key = ((long)node << 32) | (uint)id;
            if (!edges.TryGetValue(key, out int child))
            {
                child = _targets.Count;
                _targets.Add(null);
                _hasStem.Add(false);
                edges.Add(key, child);
                if (stem) _hasStem[node] = true;
            }
            node = child;
        }
        var list = _targets[node] ??= new List<PhraseTarget>(1);
        if (!list.Contains(target)) list.Add(target);
    }

    /// <summary>Follows the edge for <paramref name="word"/> from <paramref name="node"/>; -1 when there is none.</summary>
    public int Step(int node, ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return -1;
        if (WordForms.NeedsFolding(word)) word = WordForms.Fold(word);
        if (_lookup.TryGetValue(word, out int id) && _edges.TryGetValue(((long)node << 32) | (uint)id, out int child)) return child;
        if (!_hasStem[node]) return -1;
        for (int len = word.Length; len >= 2; len--)
        {
            if (_lookup.TryGetValue(word[..len], out id) && _stemEdges.TryGetValue(((long)node << 32) | (uint)id, out child)) return child;
        }
        return -1;
    }

    /// <summary>What the phrase ending at <paramref name="node"/> denotes (empty when no phrase ends there).</summary>
    public ReadOnlySpan<PhraseTarget> TargetsOf(int node) =>
        _targets[node] is { } list ? CollectionsMarshal.AsSpan(list) : [];
}
