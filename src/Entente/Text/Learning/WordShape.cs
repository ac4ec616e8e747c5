namespace Entente.Text.Learning;

/// <summary>
/// Orthographic word shapes for features: letters map to <c>X</c>/<c>x</c>, digits to <c>d</c>,
/// other characters stay; runs longer than <see cref="MaxRun"/> are cut (spaCy's convention), so
/// "Obama" → "Xxxxx", "2025" → "dddd", "U.S." → "X.X.".
/// </summary>
public static class WordShape
{
    /// <summary>Longest run of one shape character kept.</summary>
    public const int MaxRun = 4;

    /// <summary>Writes the shape of <paramref name="word"/> into <paramref name="buffer"/> and returns its length.</summary>
    public static int Write(ReadOnlySpan<char> word, Span<char> buffer)
    {
        int n = 0, run = 0;
        char last = '\0';
        foreach (char c in word)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = s == last ? run + 1 : 1;
            last = s;
            if (run > MaxRun || n == buffer.Length) continue;
            buffer[n++] = s;
        }
        return n;
    }

    /// <summary>Like <see cref="Write"/> but every run collapses to one character ("Xxxxx" → "Xx").</summary>
    public static int WriteShort(ReadOnlySpan<char> word, Span<char> buffer)
    {
        int n = 0;
        char last = '\0';
        foreach (char c in word)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s == last || n == buffer.Length) continue;
            last = s;
            buffer[n++] = s;
        }
        return n;
    }
}
