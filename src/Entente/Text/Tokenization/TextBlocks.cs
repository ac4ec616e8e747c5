using Entente.Model;

namespace Entente.Text.Tokenization;

/// <summary>
/// Hard sentence boundaries from layout: blank lines always separate; a single line break does
/// too unless it looks like hard-wrapped prose (a long line without final punctuation followed by
/// a line starting in lowercase).
/// </summary>
public static class TextBlocks
{
    /// <summary>Spans separated by blank lines or by line breaks that are not prose wrapping.</summary>
    public static IEnumerable<CharSpan> Split(string text)
    {
        int start = 0, lineStart = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            if (!IsWrap(text, lineStart, i))
            {
                if (i > start) yield return new CharSpan(start, i);
                start = i + 1;
            }
            lineStart = i + 1;
        }
        if (text.Length > start) yield return new CharSpan(start, text.Length);
    }

    /// <summary>A line break inside hard-wrapped prose: long line, no final punctuation, next line in lowercase.</summary>
    private static bool IsWrap(string text, int lineStart, int newline)
    {
        if (newline - lineStart < 40) return false;
        int j = newline + 1;
        while (j < text.Length && text[j] is ' ' or '\t') j++;
        if (j >= text.Length || text[j] == '\n' || !char.IsLower(text[j])) return false;
        int k = newline - 1;
        while (k >= lineStart && char.IsWhiteSpace(text[k])) k--;
        return k >= lineStart && text[k] is not ('.' or '!' or '?' or ':' or '"' or '”');
    }
}
