using Entente.Model;

namespace Entente.Claims.Quotes;

/// <summary>
/// Finds quoted stretches in a document's text: curly “…” pairs, and straight "…" pairs opened after a space,
/// start or opening bracket. A quote never crosses a blank line (a paragraph break). Stateless.
/// </summary>
public static class QuoteScanner
{
    /// <summary>The quotes of <paramref name="text"/>, in order.</summary>
    public static List<QuoteSpan> Scan(string text)
    {
        var result = new List<QuoteSpan>();
        int open = -1;
        char closer = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n') { open = -1; continue; }
            if (open < 0)
            {
                if (c == '“') { open = i; closer = '”'; }
                else if (c == '"' && (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or ':' or '-')) { open = i; closer = '"'; }
                continue;
            }
            if (c == closer || (closer == '”' && c == '"'))
            {
                if (i - open > 1) result.Add(new QuoteSpan(new CharSpan(open + 1, i), new CharSpan(open, i + 1)));
                open = -1;
            }
        }
        return result;
    }
}
