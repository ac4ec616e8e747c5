using Entente.Model;

namespace Entente.Text.Segmentation;

/// <summary>
/// A Penn-style rule tokenizer: splits on white space, then peels punctuation, currency symbols,
/// clitics (<c>n't</c>, <c>'s</c>, <c>'re</c>, ...) and unit suffixes of numbers (<c>$2.5bn</c> →
/// <c>$</c> <c>2.5</c> <c>bn</c>), keeping abbreviations, initials, decimals, hyphenated words, URLs
/// and e-mail addresses whole. Offsets always point into the original text.
/// </summary>
public sealed class RuleTokenizer : ITokenizer
{
    private static readonly string[] Clitics = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "'S", "N'T", "'RE", "'VE", "'LL", "'D", "'M"];

    /// <inheritdoc/>
    public void Tokenize(string text, CharSpan span, List<Token> tokens)
    {
        int i = span.Start;
        while (i < span.End)
        {
            while (i < span.End && char.IsWhiteSpace(text[i])) i++;
            int j = i;
            while (j < span.End && !char.IsWhiteSpace(text[j])) j++;
            if (j > i) Chunk(text, i, j, tokens, atSentenceEnd: j >= span.End);
            i = j;
        }
    }

    private static void Chunk(string text, int start, int end, List<Token> tokens, bool atSentenceEnd)
    {
        if (IsUrlOrEmail(text, start, end)) { Add(text, start, TrimUrlEnd(text, start, end), tokens); if (TrimUrlEnd(text, start, end) < end) Chunk(text, TrimUrlEnd(text, start, end), end, tokens, atSentenceEnd); return; }

        // Leading punctuation and currency symbols, one token each.
        while (start < end && IsLeading(text[start]))
        {
            Add(text, start, start + 1, tokens);
            start++;
        }
        // Trailing punctuation, peeled from the right, emitted afterwards in order.
        int trailStart = end;
        while (trailStart > start)
        {
            char c = text[trailStart - 1];
            if (c is ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '"' or '”' or '’' or '…' or '\'') { trailStart--; continue; }
            if (c == '.')
            {
                if (trailStart - 3 >= start && text[trailStart - 2] == '.' && text[trailStart - 3] == '.') { trailStart -= 3; continue; }
                if (KeepsPeriod(text, start, trailStart, atSentenceEnd && trailStart == end)) break;
                trailStart--;
                continue;
            }
            break;
        }
        if (trailStart > start) Word(text, start, trailStart, tokens);
        int k = trailStart;
        while (k < end)
        {
            if (k + 3 <= end && text[k] == '.' && text[k + 1] == '.' && text[k + 2] == '.') { Add(text, k, k + 3, tokens); k += 3; }
            else { Add(text, k, k + 1, tokens); k++; }
        }
    }

    private static void Word(string text, int start, int end, List<Token> tokens)
    {
        // Clitics: "don't" → "do" "n't"; "Russia's" → "Russia" "'s".
        foreach (var cl in Clitics)
        {
            if (end - start > cl.Length && EndsWithClitic(text, end, cl))
            {
                Word(text, start, end - cl.Length, tokens);
                Add(text, end - cl.Length, end, tokens);
                return;
            }
        }
        // Numbers with a unit suffix: "2.5bn" → "2.5" "bn"; "10km" → "10" "km".
        if (char.IsDigit(text[start]))
        {
            int d = start;
            while (d < end && (char.IsDigit(text[d]) || ((text[d] is '.' or ',') && d + 1 < end && char.IsDigit(text[d + 1])))) d++;
            if (d > start && d < end && UnitSuffixes.Contains(text.Substring(d, end - d)))
            {
                Add(text, start, d, tokens);
                Add(text, d, end, tokens);
                return;
            }
        }
        Add(text, start, end, tokens);
    }

    private static bool EndsWithClitic(string text, int end, string clitic)
    {
        for (int k = 0; k < clitic.Length; k++)
        {
            char a = text[end - clitic.Length + k], b = clitic[k];
            if (b == '\'' ? a is not ('\'' or '’') : a != b) return false;
        }
        // "n't" needs a letter before it; "'s" must follow a letter or digit ("1990's").
        return char.IsLetterOrDigit(text[end - clitic.Length - 1]);
    }

    private static bool KeepsPeriod(string text, int start, int dotEnd, bool sentenceFinal)
    {
        var word = text.AsSpan(start, dotEnd - 1 - start);
        if (word.Length == 0) return false;
        if (word.Length == 1 && char.IsLetter(word[0]) && char.IsUpper(word[0])) return !sentenceFinal; // initial
        if (word.Contains('.') && IsDottedAbbreviation(word)) return !sentenceFinal || EnglishAbbreviations.MaybeFinal.Contains(word.ToString());
        var key = word.ToString();
        if (EnglishAbbreviations.BeforeNames.Contains(key)) return true;
        if (EnglishAbbreviations.MaybeFinal.Contains(key)) return !sentenceFinal;
        return false;
    }

    private static bool IsDottedAbbreviation(ReadOnlySpan<char> word)
    {
        // "U.S", "e.g", "a.m": single letters separated by periods.
        for (int k = 0; k < word.Length; k++)
            if (k % 2 == 0 ? !char.IsLetter(word[k]) : word[k] != '.') return false;
        return true;
    }

    private static bool IsLeading(char c) => c is '"' or '“' or '‘' or '(' or '[' or '{' or '$' or '€' or '£' or '¥' or '`' or '\'' or '#' or '—' or '–';

    // Language data: unit suffixes written against numbers in news ("$2.5bn", "10km"); ordinals and
    // decades ("3rd", "1990s") are not among them and stay whole.
    private static readonly HashSet<string> UnitSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "bn", "b", "m", "mn", "mln", "k", "tn", "trn", "km", "kg", "mm", "cm", "ml", "kt", "mt", "mw", "gw", "kw", "pc", "pct",
    };

    private static bool IsUrlOrEmail(string text, int start, int end)
    {
        var s = text.AsSpan(start, end - start);
        return s.StartsWith("http://") || s.StartsWith("https://") || s.StartsWith("www.") ||
               (s.IndexOf('@') > 0 && s.LastIndexOf('.') > s.IndexOf('@'));
    }

    private static int TrimUrlEnd(string text, int start, int end)
    {
        while (end > start && text[end - 1] is '.' or ',' or ';' or ':' or ')' or '"' or '!' or '?') end--;
        return end;
    }

    private static void Add(string text, int start, int end, List<Token> tokens) =>
        tokens.Add(new Token(text.Substring(start, end - start), start, end));
}
