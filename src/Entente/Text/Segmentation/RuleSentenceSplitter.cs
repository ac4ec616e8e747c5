using Entente.Model;

namespace Entente.Text.Segmentation;

/// <summary>
/// A rule-based sentence splitter for edited prose: breaks after <c>. ! ? …</c> (and closing quotes
/// or brackets) when the next word starts like a sentence, never after known abbreviations or
/// initials, and always at blank lines.
/// </summary>
public sealed class RuleSentenceSplitter : ISentenceSplitter
{
    /// <inheritdoc/>
    public void Split(string text, List<CharSpan> spans)
    {
        int start = SkipSpace(text, 0);
        int i = start;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\n' && IsParagraphBreak(text, i))
            {
                Add(text, spans, start, i);
                start = i = SkipSpace(text, i);
                continue;
            }
            if (c is '.' or '!' or '?' or '…')
            {
                int end = i + 1;
                while (end < text.Length && text[end] is '.' or '!' or '?' or '…') end++;
                while (end < text.Length && text[end] is '"' or '\'' or '”' or '’' or ')' or ']') end++;
                if (end >= text.Length || char.IsWhiteSpace(text[end]))
                {
                    int next = SkipSpace(text, end);
                    if (next >= text.Length || (StartsSentence(text, next) && !IsNonFinal(text, i, end)))
                    {
                        Add(text, spans, start, end);
                        start = i = next;
                        continue;
                    }
                }
                i = end;
                continue;
            }
            i++;
        }
        Add(text, spans, start, text.Length);
    }

    private static bool IsParagraphBreak(string text, int i)
    {
        // A blank line, or a line break after a line that ends without punctuation (headings, list items).
        int j = i + 1;
        while (j < text.Length && text[j] is ' ' or '\t') j++;
        return j < text.Length && text[j] == '\n';
    }

    private static bool StartsSentence(string text, int i)
    {
        char c = text[i];
        if (char.IsUpper(c) || char.IsDigit(c)) return true;
        if (c is '"' or '“' or '\'' or '‘' or '(' or '[' or '-' or '—')
            return i + 1 < text.Length && (char.IsUpper(text[i + 1]) || char.IsDigit(text[i + 1]));
        return false;
    }

    private static bool IsNonFinal(string text, int dot, int end)
    {
        if (text[dot] != '.' || end - dot > 1 && text[dot + 1] == '.') return false;
        int w = dot;
        while (w > 0 && !char.IsWhiteSpace(text[w - 1]) && text[w - 1] is not ('(' or '"' or '“')) w--;
        var word = text.AsSpan(w, dot - w);
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: "John F. Kennedy"
        var key = word.ToString();
        if (EnglishAbbreviations.BeforeNames.Contains(key)) return true;
        if (EnglishAbbreviations.MaybeFinal.Contains(key))
        {
            // "in the U.S. The next day ..." is ambiguous; prefer a break when a common sentence opener follows.
            int next = SkipSpace(text, end);
            return !StartsWithOpener(text, next);
        }
        return false;
    }

    private static readonly string[] Openers = ["The ", "A ", "An ", "It ", "He ", "She ", "They ", "We ", "I ", "In ", "On ", "But ", "This ", "That ", "Its ", "His ", "Her "];

    private static bool StartsWithOpener(string text, int i)
    {
        foreach (var o in Openers)
            if (string.CompareOrdinal(text, i, o, 0, o.Length) == 0) return true;
        return false;
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static void Add(string text, List<CharSpan> spans, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) spans.Add(new CharSpan(start, end));
    }
}
