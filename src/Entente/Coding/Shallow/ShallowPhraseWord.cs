namespace Entente.Coding.Shallow;

/// <summary>
/// One word of a TABARI dictionary phrase or pattern. A word is a stem (any sentence word beginning with it
/// matches) unless written with a trailing <c>_</c> (whole word, regular endings allowed) or <c>=</c> (whole word,
/// no endings). <see cref="Consecutive"/> words must directly follow the word before them (joined by <c>_</c> or <c>~</c>).
/// </summary>
/// <param name="Text">The upper-case word.</param>
/// <param name="Exact">Whole word only.</param>
/// <param name="NoEndings">Not even regular endings (<c>=</c>).</param>
/// <param name="Consecutive">Must directly follow the previous word.</param>
public readonly record struct ShallowPhraseWord(string Text, bool Exact, bool NoEndings, bool Consecutive)
{
    private static readonly string[] NounEndings = ["S", "ES", "'S", "'"];
    private static readonly string[] VerbEndings = ["S", "ES", "ED", "EN", "ING", "D", "N"];

    /// <summary>True when the sentence word <paramref name="word"/> (upper case) matches.</summary>
    /// <param name="word">The sentence word.</param>
    /// <param name="verbEndings">A verb: the regular verb endings (S, ES, ED, EN, ING); otherwise the plural and possessive (S, ES, 'S).</param>
    /// <param name="endings">Allow regular endings at all (only the last word of a dictionary phrase takes them).</param>
    public bool Matches(string word, bool verbEndings, bool endings = true)
    {
        if (!Exact) return word.StartsWith(Text, StringComparison.Ordinal);
        if (word == Text) return true;
        // a dropped final E before ING (RESTORE → RESTORING)
        if (verbEndings && endings && !NoEndings && Text[^1] == 'E' && word.Length == Text.Length + 2 && word.EndsWith("ING", StringComparison.Ordinal)
            && word.AsSpan(0, Text.Length - 1).SequenceEqual(Text.AsSpan(0, Text.Length - 1))) return true;
        if (NoEndings || !endings || word.Length <= Text.Length || !word.StartsWith(Text, StringComparison.Ordinal)) return false;
        var rest = word.AsSpan(Text.Length);
        // nouns take the plural and possessive; verbs their regular endings, but not a possessive
        if (!verbEndings)
        {
            foreach (var e in NounEndings) if (rest.SequenceEqual(e)) return true;
            return false;
        }
        foreach (var e in VerbEndings)
        {
            if (!rest.SequenceEqual(e)) continue;
            // D and N only after a final E (RESTORE → RESTORED, GIVE → GIVEN)
            return e is not ("D" or "N") || Text[^1] == 'E';
        }
        // a doubled final consonant before ED/ING (STOP → STOPPED, STOPPING)
        return rest.Length >= 3 && rest[0] == Text[^1] && (rest[1..].SequenceEqual("ED") || rest[1..].SequenceEqual("ING"));
    }

    /// <summary>
    /// Splits phrase text as written in a dictionary (<c>AL_GORE</c>, <c>PRINCE DOL_AMROTH</c>, <c>MOUSE=</c>,
    /// <c>BARAD-DUR</c>) into words. Hyphens join like underscores, as in TABARI.
    /// </summary>
    public static ShallowPhraseWord[] Parse(string text)
    {
        var words = new List<ShallowPhraseWord>();
        text = text.Trim().Replace('-', '_').ToUpperInvariant();
        int i = 0;
        bool consecutive = false;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == ' ' || c == '\t') { consecutive = false; i++; continue; }
            if (c == '_' || c == '~') { consecutive = words.Count > 0; i++; continue; }
            int start = i;
            while (i < text.Length && text[i] is not (' ' or '\t' or '_' or '~' or '=')) i++;
            var w = text[start..i];
            bool exact = i < text.Length && text[i] is '_' or '=';
            bool noEndings = i < text.Length && text[i] == '=';
            if (noEndings) i++;
            words.Add(new ShallowPhraseWord(w, exact, noEndings, consecutive));
            consecutive = false;
        }
        return words.ToArray();
    }

    /// <summary>The phrase's length in letters and digits, which orders matching (longer phrases first).</summary>
    public static int Length(IEnumerable<ShallowPhraseWord> words)
    {
        int n = 0;
        foreach (var w in words) foreach (char c in w.Text) if (char.IsAsciiLetterOrDigit(c)) n++;
        return n;
    }
}
