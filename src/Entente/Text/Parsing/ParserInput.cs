namespace Entente.Text.Parsing;

/// <summary>
/// A sentence reduced to the hashed atoms the feature templates read: index 0 is the artificial
/// root, words are 1..<see cref="Count"/>. Reused across sentences to keep parsing allocation-free.
/// </summary>
internal sealed class ParserInput
{
    private static readonly ulong RootWord = ParserHash.Of("<ROOT-WORD>");
    private static readonly ulong RootTag = ParserHash.Of("<ROOT-TAG>");

    /// <summary>Number of words (the root excluded).</summary>
    public int Count { get; private set; }
    /// <summary>Normalised word form hash per position.</summary>
    public ulong[] Word { get; private set; } = new ulong[64];
    /// <summary>Penn (XPOS) tag hash per position.</summary>
    public ulong[] Tag { get; private set; } = new ulong[64];
    /// <summary>Universal (UPOS) tag hash per position.</summary>
    public ulong[] Upos { get; private set; } = new ulong[64];
    /// <summary>Three-letter suffix hash per position.</summary>
    public ulong[] Suffix { get; private set; } = new ulong[64];
    /// <summary>Coarse word shape (case, digits, punctuation, hyphen) per position.</summary>
    public ulong[] Shape { get; private set; } = new ulong[64];

    /// <summary>Prepares for a sentence of <paramref name="count"/> words; fill each with <see cref="Set"/>.</summary>
    public void Reset(int count)
    {
        Ensure(count + 1);
        Count = count;
        Word[0] = RootWord; Tag[0] = RootTag; Upos[0] = RootTag; Suffix[0] = RootWord; Shape[0] = 0;
    }

    /// <summary>Sets word <paramref name="i"/> (0-based); a missing tag hashes like the string "_".</summary>
    public void Set(int i, string form, string? upos, string? xpos)
    {
        Word[i + 1] = ParserHash.OfNormalised(form);
        Suffix[i + 1] = ParserHash.OfSuffix(form, 3);
        Shape[i + 1] = ShapeOf(form);
        Upos[i + 1] = ParserHash.Of(upos ?? "_");
        Tag[i + 1] = ParserHash.Of(xpos ?? "_");
    }

    /// <summary>
    /// Bits: first letter upper, all letters upper, has digit, has hyphen, no letter or digit,
    /// length class. Tells the parser what a mistagged word looks like (a name, a number, a symbol).
    /// </summary>
    private static ulong ShapeOf(string form)
    {
        bool firstUpper = form.Length > 0 && char.IsUpper(form[0]);
        bool anyLower = false, anyUpper = false, digit = false, hyphen = false, alnum = false;
        foreach (char c in form)
        {
            if (char.IsLower(c)) anyLower = true;
            else if (char.IsUpper(c)) anyUpper = true;
            if (char.IsDigit(c)) digit = true;
            if (c == '-') hyphen = true;
            if (char.IsLetterOrDigit(c)) alnum = true;
        }
        ulong shape = (firstUpper ? 1UL : 0) | (anyUpper && !anyLower ? 2UL : 0) | (digit ? 4UL : 0) | (hyphen ? 8UL : 0) | (alnum ? 0 : 16UL);
        return shape | (ulong)Math.Min(form.Length, 4) << 5;
    }

    private void Ensure(int n)
    {
        if (Word.Length >= n) return;
        int size = Math.Max(n, Word.Length * 2);
        Word = new ulong[size]; Tag = new ulong[size]; Upos = new ulong[size]; Suffix = new ulong[size]; Shape = new ulong[size];
    }
}
