namespace Entente.Text.Learning;

/// <summary>
/// The '\n'-ended lines of text that <see cref="BrotliText"/> stores, without their ends, for <c>foreach</c>.
/// <see cref="MemoryExtensions.EnumerateLines(ReadOnlySpan{char})"/> looks for every Unicode line break, which costs
/// more per line than the short lines of a word list take to parse (most of a model's load time went there); these
/// lines end in '\n' alone. A last line without its '\n' is still a line; there is no empty line after the last '\n'.
/// </summary>
internal ref struct TextLines
{
    private ReadOnlySpan<char> _rest;

    /// <summary>Lines of <paramref name="text"/>.</summary>
    public TextLines(ReadOnlySpan<char> text) => _rest = text;

    /// <summary>The current line.</summary>
    public ReadOnlySpan<char> Current { get; private set; }

    /// <summary>This enumerator (for <c>foreach</c>).</summary>
    public readonly TextLines GetEnumerator() => this;

    /// <summary>Moves to the next line.</summary>
    public bool MoveNext()
    {
        if (_rest.IsEmpty) return false;
        int end = _rest.IndexOf('\n');
        if (end < 0) { Current = _rest; _rest = default; }
        else { Current = _rest[..end]; _rest = _rest[(end + 1)..]; }
        return true;
    }
}
