using static Entente.Text.Tokenization.EnglishTokenizerData;

namespace Entente.Text.Tokenization;

/// <summary>Recognisers for chunks that the tokenizer keeps whole, written as plain scans (no regex).</summary>
internal static class TokenPatterns
{
    private static readonly string[] Emoticons = [":)", ":(", ":-)", ":-(", ";)", ";-)", ":D", ":P", ":p", ";P", ":/", ":|", "<3", ":'(", "^_^", "-_-", ":o", ":O", "XD", "xD"];

    /// <summary>True when [a, b) is one token as it stands: URL, e-mail, number, abbreviation, initials, emoticon, clitic.</summary>
    public static bool IsWhole(string text, int a, int b)
    {
        var s = text.AsSpan(a, b - a);
        if (s.Length == 1) return true;
        foreach (var e in Emoticons) if (s.SequenceEqual(e)) return true;
        if (IsClitic(text, a, b)) return true;
        if ((IsUrl(s) || IsEmail(s)) && (char.IsLetterOrDigit(s[^1]) || s[^1] is '/' or '=' or '#' or '_' or '-' or '+')) return true;
        if (IsNumber(s)) return true;
        if (s[^1] == '.' && KeepsPeriod(text, a, b)) return true;
        bool same = true;
        foreach (char c in s) if (c != s[0]) { same = false; break; }
        return same && !char.IsLetterOrDigit(s[0]);
    }

    /// <summary>True when [a, b) is exactly a clitic such as <c>'s</c> or <c>n't</c> written apart.</summary>
    public static bool IsClitic(string text, int a, int b)
    {
        var s = text.AsSpan(a, b - a);
        foreach (var c in Clitics) if (EqualsClitic(s, c)) return true;
        return false;
    }

    /// <summary>
    /// True when the period ending [a, b) belongs to the word: a known abbreviation, initials
    /// (<c>U.S.</c>, <c>J.</c>) or a word with internal periods (<c>e.g.</c>).
    /// </summary>
    public static bool KeepsPeriod(string text, int a, int b)
    {
        var core = text.AsSpan(a, b - a - 1);
        if (core.Length == 0) return false;
        if (core.Length == 1 && char.IsLetter(core[0])) return char.IsUpper(core[0]);
        var lookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(core)) return true;
        // Initials and dotted abbreviations: letter(.letter)+
        bool dotted = core.Length >= 3;
        for (int i = 0; i < core.Length && dotted; i++)
            dotted = i % 2 == 0 ? char.IsLetter(core[i]) : core[i] == '.';
        return dotted && core.Length % 2 == 1;
    }

    /// <summary>Start of a trailing clitic in [a, b), or -1.</summary>
    public static int CliticStart(string text, int a, int b)
    {
        var s = text.AsSpan(a, b - a);
        if (s.Length < 3) return -1;
        foreach (var c in Clitics)
        {
            if (s.Length <= c.Length) continue;
            if (EqualsClitic(s[^c.Length..], c))
            {
                // "can't" → "ca" + "n't"; "won't" → "wo" + "n't"
                int start = b - c.Length;
                return char.IsLetter(text[start - 1]) ? start : -1;
            }
        }
        // Plural possessive "parents'" is handled by the closer peeling.
        return -1;
    }

    /// <summary>End of the leading number in [a, b) (digits with . , separators), or a when none.</summary>
    public static int NumberPrefix(string text, int a, int b)
    {
        int i = a;
        while (i < b && (char.IsDigit(text[i]) || ((text[i] == '.' || text[i] == ',' || text[i] == ':') && i > a && i + 1 < b && char.IsDigit(text[i + 1])))) i++;
        return i;
    }

    private static bool EqualsClitic(ReadOnlySpan<char> s, string clitic)
    {
        if (s.Length != clitic.Length) return false;
        for (int i = 0; i < s.Length; i++)
        {
            char c = char.ToLowerInvariant(s[i]);
            if (c == '’' || c == '‘') c = '\'';
            if (c != clitic[i]) return false;
        }
        return true;
    }

    private static bool IsUrl(ReadOnlySpan<char> s) =>
        s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || s.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || s.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
        || (s.Length > 4 && (s.EndsWith(".com", StringComparison.OrdinalIgnoreCase) || s.EndsWith(".org", StringComparison.OrdinalIgnoreCase)
            || s.EndsWith(".net", StringComparison.OrdinalIgnoreCase)) && char.IsLetterOrDigit(s[0]));

    private static bool IsEmail(ReadOnlySpan<char> s)
    {
        int at = s.IndexOf('@');
        return at > 0 && at < s.Length - 3 && s[(at + 1)..].Contains('.') && char.IsLetterOrDigit(s[^1]);
    }

    /// <summary>Hyphenated digit groups kept whole (phone numbers), unlike ranges such as 1-2 or 1969-1970.</summary>
    private static bool IsPhoneLike(ReadOnlySpan<char> s)
    {
        int digits = 0, hyphens = 0;
        foreach (char c in s) { if (char.IsDigit(c)) digits++; else if (c == '-') hyphens++; }
        if (hyphens >= 2) return true;
        return digits >= 7 && !(s.Length == 9 && s[4] == '-');
    }

    /// <summary>Digits with internal separators: 1,000.5; 10:00; 11/29/2000; 1-800-991-9019; +44.</summary>
    private static bool IsNumber(ReadOnlySpan<char> s)
    {
        int i = s[0] is '+' or '-' ? 1 : 0;
        if (i >= s.Length || !char.IsDigit(s[i])) return false;
        if (s[i..].Contains('-') && !IsPhoneLike(s[i..])) return false;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsDigit(c)) continue;
            if (c is '.' or ',' or ':' or '/' or '-' && i + 1 < s.Length && char.IsDigit(s[i + 1])) continue;
            return false;
        }
        return true;
    }
}
