namespace Entente.Coding.Validation;

/// <summary>A node of a Penn Treebank bracketed parse: a phrase with children, or a leaf with tag and word.</summary>
public sealed class PennTree
{
    /// <summary>Phrase label (<c>NP</c>, <c>VP</c>, ...) or, for a leaf, its part-of-speech tag.</summary>
    public string Label { get; }

    /// <summary>The word of a leaf; null for phrases.</summary>
    public string? Word { get; }

    /// <summary>Children of a phrase.</summary>
    public List<PennTree> Children { get; } = [];

    /// <summary>Token index of a leaf, assigned in sentence order.</summary>
    public int Index { get; internal set; } = -1;

    private PennTree(string label, string? word)
    {
        Label = label;
        Word = word;
    }

    /// <summary>True for a word.</summary>
    public bool IsLeaf => Word is not null;

    /// <summary>The label without function tags (<c>NP-SBJ</c> → <c>NP</c>).</summary>
    public string Category => Label.Length > 1 && Label.IndexOfAny(['-', '=']) is var i and > 0 ? Label[..i] : Label;

    /// <summary>Leaves in order.</summary>
    public IEnumerable<PennTree> Leaves()
    {
        if (IsLeaf) { yield return this; yield break; }
        foreach (var c in Children) foreach (var l in c.Leaves()) yield return l;
    }

    /// <summary>Parses one bracketed tree; empty (<c>-NONE-</c>) leaves are dropped and leaves numbered.</summary>
    /// <exception cref="FormatException">The brackets do not balance.</exception>
    public static PennTree Parse(string text)
    {
        int pos = 0;
        var root = ParseNode(text, ref pos) ?? throw new FormatException("empty parse");
        int index = 0;
        foreach (var leaf in root.Leaves()) leaf.Index = index++;
        return root;
    }

    private static PennTree? ParseNode(string s, ref int pos)
    {
        SkipSpace(s, ref pos);
        if (pos >= s.Length) return null;
        if (s[pos] != '(') throw new FormatException($"expected '(' at {pos}");
        pos++;
        SkipSpace(s, ref pos);
        string label = ReadAtom(s, ref pos);
        SkipSpace(s, ref pos);
        if (pos < s.Length && s[pos] != '(')
        {
            string word = ReadAtom(s, ref pos);
            SkipSpace(s, ref pos);
            Expect(s, ref pos);
            return label == "-NONE-" ? null : new PennTree(label, word);
        }
        var node = new PennTree(label.Length == 0 ? "ROOT" : label, null);
        while (true)
        {
            SkipSpace(s, ref pos);
            if (pos >= s.Length) throw new FormatException("unbalanced brackets");
            if (s[pos] == ')') { pos++; break; }
            var child = ParseNode(s, ref pos);
            if (child is not null && (child.IsLeaf || child.Children.Count > 0)) node.Children.Add(child);
        }
        return node;
    }

    private static void Expect(string s, ref int pos)
    {
        if (pos >= s.Length || s[pos] != ')') throw new FormatException($"expected ')' at {pos}");
        pos++;
    }

    private static string ReadAtom(string s, ref int pos)
    {
        int start = pos;
        while (pos < s.Length && !char.IsWhiteSpace(s[pos]) && s[pos] is not ('(' or ')')) pos++;
        return s[start..pos];
    }

    private static void SkipSpace(string s, ref int pos)
    {
        while (pos < s.Length && char.IsWhiteSpace(s[pos])) pos++;
    }

    /// <inheritdoc/>
    public override string ToString() => IsLeaf ? $"({Label} {Word})" : $"({Label} {string.Join(" ", Children)})";
}
