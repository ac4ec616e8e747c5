using Entente.Model;

namespace Entente.Coding.Engine;

/// <summary>
/// Read-only navigation over one parsed sentence: children by head, subtree membership, relations and
/// lemmas in upper case. Built once per sentence; the coder asks it every structural question.
/// </summary>
public sealed class DependencyTree
{
    private readonly Token[] _tokens;
    private readonly int[][] _children;
    private readonly int[] _depth;

    /// <summary>Upper-case forms.</summary>
    public string[] Upper { get; }

    /// <summary>Upper-case lemmas (the form when there is no lemma).</summary>
    public string[] UpperLemma { get; }

    /// <summary>Creates the view.</summary>
    public DependencyTree(Token[] tokens)
    {
        _tokens = tokens;
        int n = tokens.Length;
        Upper = new string[n];
        UpperLemma = new string[n];
        var counts = new int[n];
        for (int i = 0; i < n; i++)
        {
            Upper[i] = tokens[i].Text.ToUpperInvariant();
            UpperLemma[i] = tokens[i].Lemma is { Length: > 0 } l ? l.ToUpperInvariant() : Upper[i];
            int h = tokens[i].Head;
            if (h >= 0 && h < n && h != i) counts[h]++;
        }
        _children = new int[n][];
        for (int i = 0; i < n; i++) _children[i] = counts[i] == 0 ? [] : new int[counts[i]];
        var fill = new int[n];
        for (int i = 0; i < n; i++)
        {
            int h = tokens[i].Head;
            if (h >= 0 && h < n && h != i) _children[h][fill[h]++] = i;
        }
        _depth = new int[n];
        for (int i = 0; i < n; i++)
        {
            int d = 0, j = i;
            while (d <= n && tokens[j].Head >= 0 && tokens[j].Head < n && tokens[j].Head != j) { j = tokens[j].Head; d++; }
            _depth[i] = d;
        }
    }

    /// <summary>Number of tokens.</summary>
    public int Count => _tokens.Length;

    /// <summary>The token.</summary>
    public ref readonly Token this[int i] => ref _tokens[i];

    /// <summary>Head of a token, -1 for the root.</summary>
    public int Head(int i) => _tokens[i].Head is var h && h >= 0 && h < _tokens.Length && h != i ? h : -1;

    /// <summary>Relation to the head, without subtype (<c>nsubj:pass</c> → <c>nsubj</c> is NOT applied; use <see cref="Is"/>).</summary>
    public string Relation(int i) => _tokens[i].Relation ?? "";

    /// <summary>True when the relation is <paramref name="rel"/> or a subtype of it (<c>obl</c> matches <c>obl:agent</c>).</summary>
    public bool Is(int i, string rel)
    {
        var r = _tokens[i].Relation;
        return r is not null && r.StartsWith(rel, StringComparison.Ordinal) && (r.Length == rel.Length || r[rel.Length] == ':');
    }

    /// <summary>Children in sentence order.</summary>
    public int[] Children(int i) => _children[i];

    /// <summary>Distance from the root.</summary>
    public int Depth(int i) => _depth[i];

    /// <summary>True when <paramref name="node"/> is <paramref name="ancestor"/> or below it.</summary>
    public bool IsInSubtree(int node, int ancestor)
    {
        for (int j = node, guard = 0; j >= 0 && guard <= _tokens.Length; j = Head(j), guard++)
            if (j == ancestor) return true;
        return false;
    }

    /// <summary>The first child with the relation (or a subtype), or -1.</summary>
    public int Child(int i, string rel)
    {
        foreach (var c in _children[i]) if (Is(c, rel)) return c;
        return -1;
    }

    /// <summary>True when a child with the relation has one of the lemmas (upper case).</summary>
    public bool HasChildLemma(int i, string rel, IReadOnlySet<string> lemmas)
    {
        foreach (var c in _children[i]) if (Is(c, rel) && (lemmas.Contains(UpperLemma[c]) || lemmas.Contains(Upper[c]))) return true;
        return false;
    }

    /// <summary>True for verbs by UPOS or Penn tag.</summary>
    public bool IsVerb(int i) => _tokens[i].Upos == "VERB" || (_tokens[i].Upos is null && _tokens[i].Xpos?.StartsWith("VB") == true);

    /// <summary>True for common nouns by UPOS or Penn tag.</summary>
    public bool IsNoun(int i) => _tokens[i].Upos == "NOUN" || (_tokens[i].Upos is null && _tokens[i].Xpos is "NN" or "NNS");

    /// <summary>Adds the subtree of <paramref name="root"/> to <paramref name="into"/>, leaving out the subtrees of children for which <paramref name="cut"/> is true.</summary>
    public void CollectSubtree(int root, List<int> into, Func<int, bool>? cut = null)
    {
        into.Add(root);
        foreach (var c in _children[root])
            if (cut is null || !cut(c)) CollectSubtree(c, into, cut);
    }
}
