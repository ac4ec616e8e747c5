using Entente.Model;
using static Entente.Text.Tokenization.EnglishTokenizerData;

namespace Entente.Text.Tokenization;

/// <summary>
/// Rule-based English tokenizer following UD English EWT conventions: punctuation split off,
/// clitics (<c>n't 's 're 've 'll 'm 'd</c>) and fused forms (<c>cannot</c>, <c>gonna</c>) split into
/// syntactic words, currency and magnitude split from numbers (<c>$2.5bn</c> → <c>$ 2.5 bn</c>),
/// while URLs, e-mail addresses, numbers, abbreviations, initials and emoticons stay whole.
/// Every word has its exact offsets; the words of one multiword surface token (e.g. <c>do</c> +
/// <c>n't</c> of <c>don't</c>) share <see cref="Token.Surface"/>.
/// Stateless and thread-safe.
/// </summary>
public sealed class RuleTokenizer : ITokenizer
{
    /// <inheritdoc/>
    public void Tokenize(string text, CharSpan span, List<Token> tokens)
    {
        int i = span.Start;
        while (i < span.End)
        {
            while (i < span.End && char.IsWhiteSpace(text[i])) i++;
            int j = i;
            while (j < span.End && !char.IsWhiteSpace(text[j])) j++;
            if (j > i)
            {
                int k = j;
                while (k < span.End && char.IsWhiteSpace(text[k])) k++;
                bool numberNext = k < span.End && char.IsDigit(text[k]);
                Chunk(text, i, j, tokens, atEnd: j >= span.End || IsBlankTo(text, j, span.End), numberNext);
            }
            i = j;
        }
    }

    /// <summary>Tokenizes one whitespace-free chunk [a, b).</summary>
    private static void Chunk(string text, int a, int b, List<Token> tokens, bool atEnd = false, bool numberNext = false, int depth = 0)
    {
        // Peel openers from the front.
        while (a < b && !TokenPatterns.IsWhole(text, a, b))
        {
            int run = Run(text, a, b);
            char c = text[a];
            if (run > 1 && !char.IsLetterOrDigit(c)) { Emit(text, a, a + run, tokens); a += run; continue; }
            if (Openers.Contains(c) && !TokenPatterns.IsClitic(text, a, b)) { Emit(text, a, a + 1, tokens); a++; continue; }
            break;
        }
        if (a >= b) return;
        // Peel closers from the back, remembering them to emit after the core.
        int tail = b;
        Span<int> cuts = stackalloc int[32];
        int nCuts = 0;
        while (b > a && nCuts < cuts.Length - 1 && (!TokenPatterns.IsWhole(text, a, b) || (atEnd && nCuts == 0 && b - a > 2 && text[b - 1] == '.' && TokenPatterns.KeepsPeriod(text, a, b))))
        {
            char c = text[b - 1];
            int back = BackRun(text, a, b);
            if (c is '.' or '!' or '?' && TerminalRun(text, a, b) is int k && k != b - back)
                b = k; // mixed run such as ".?" or "?!" is one token
            else if (c == '.')
            {
                // An abbreviation's period also ends the sentence when it is the last thing in it ("etc.").
                if (back == 1 && (TokenPatterns.KeepsPeriod(text, a, b) || (numberNext && nCuts == 0 && TokenPatterns.IsNumberAbbreviation(text, a, b)))
                    && !(atEnd && nCuts == 0 && b - a > 2)) break;
                b -= back;
            }
            else if (c == '!' || c == '?') b -= back;
            else if (c == '-' && b - a > 1) b -= back;
            else if (Closers.Contains(c) || c == '…' || c == '>') b -= back > 1 && !char.IsLetterOrDigit(c) ? back : 1;
            else break;
            cuts[nCuts++] = b;
        }
        if (b > a) Core(text, a, b, tokens, numberNext && nCuts == 0, depth);
        // Emit peeled closers in text order: cuts are recorded from the end inwards.
        int end = tail;
        for (int k = nCuts - 1; k >= 0; k--)
        {
            int start = cuts[k];
            int stop = k > 0 ? cuts[k - 1] : end;
            Emit(text, start, stop, tokens);
        }
    }

    /// <summary>Splits a core (no leading/trailing punctuation) at internal separators, then clitics.</summary>
    private static void Core(string text, int a, int b, List<Token> tokens, bool numberNext = false, int depth = 0)
    {
        if (TokenPatterns.IsWhole(text, a, b)) { Words(text, a, b, tokens); return; }
        int start = a;
        for (int i = a; i < b; i++)
        {
            char c = text[i];
            bool split = c is '(' or ')' or '[' or ']' or '{' or '}' or '"' or '“' or '”' or ';' or '…' or '!' or '?'
                || (c == ',' && !(i > a && i + 1 < b && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])));
            if (split)
            {
                if (i > start) Piece(text, start, i, tokens);
                int r = i + 1;
                while (r < b && text[r] == c) r++;
                Emit(text, i, r, tokens);
                start = r;
                i = r - 1;
                continue;
            }
            if ((c == '.' || c == '-') && i + 1 < b && text[i + 1] == c && i > start)
            {
                Piece(text, start, i, tokens);
                int r = i + 1;
                while (r < b && text[r] == c) r++;
                Emit(text, i, r, tokens);
                start = r;
                i = r - 1;
                continue;
            }
            if (c == '/' && i > start && i + 1 < b && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]))
            {
                Piece(text, start, i, tokens);
                Emit(text, i, i + 1, tokens);
                start = i + 1;
                continue;
            }
            if (c == '-' && i > start && i + 1 < b && char.IsLetterOrDigit(text[i + 1])
                && (char.IsLetterOrDigit(text[i - 1]) || (text[i - 1] == '.' && i - 2 >= start && char.IsLetter(text[i - 2])))
                && !(char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]) && TokenPatterns.IsWhole(text, start, b))
                && !HyphenPrefixes.Contains(text.AsSpan(start, i - start).ToString()))
            {
                Piece(text, start, i, tokens);
                Emit(text, i, i + 1, tokens);
                start = i + 1;
            }
        }
        if (b > start) Piece(text, start, b, tokens, numberNext, depth);
    }

    /// <summary>A piece without separators: re-peel punctuation it may carry, split number suffixes, then clitics.</summary>
    private static void Piece(string text, int a, int b, List<Token> tokens, bool numberNext = false, int depth = 0)
    {
        if ((Openers.Contains(text[a]) || Closers.Contains(text[b - 1]) || text[b - 1] == '-')
            && !TokenPatterns.IsWhole(text, a, b) && b - a > 1 && depth < 4
            && !(numberNext && text[b - 1] == '.' && TokenPatterns.IsNumberAbbreviation(text, a, b)))
        {
            // Re-peel punctuation the piece carries; depth bounds the recursion on odd input.
            Chunk(text, a, b, tokens, numberNext: numberNext, depth: depth + 1);
            return;
        }
        int digits = TokenPatterns.NumberPrefix(text, a, b);
        if (digits > a && digits < b && NumberSuffixes.Contains(text.AsSpan(digits, b - digits).ToString()))
        {
            Emit(text, a, digits, tokens);
            Emit(text, digits, b, tokens);
            return;
        }
        Words(text, a, b, tokens);
    }

    /// <summary>Emits the syntactic words of one surface token, splitting clitics and fused forms.</summary>
    private static void Words(string text, int a, int b, List<Token> tokens)
    {
        int split = TokenPatterns.CliticStart(text, a, b);
        if (split < 0 && b - a >= 4 && Fused.TryGetValue(text.AsSpan(a, b - a).ToString(), out int first)) split = a + first;
        if (split > a && split < b)
        {
            var surface = new CharSpan(a, b);
            tokens.Add(new Token(text.Substring(a, split - a), a, split, surface));
            tokens.Add(new Token(text.Substring(split, b - split), split, b, surface));
            return;
        }
        Emit(text, a, b, tokens);
    }

    private static void Emit(string text, int a, int b, List<Token> tokens) => tokens.Add(new Token(text.Substring(a, b - a), a, b));

    /// <summary>Start of the run of . ! ? ending at b, or null when it has only one kind of mark.</summary>
    private static int? TerminalRun(string text, int a, int b)
    {
        int k = b;
        while (k > a && text[k - 1] is '.' or '!' or '?') k--;
        var run = text.AsSpan(k, b - k);
        if (k == a || run.Length < 2) return null;
        return run.ContainsAny('!', '?') && run.Contains('.') || (run.Contains('!') && run.Contains('?')) ? k : null;
    }

    private static bool IsBlankTo(string text, int from, int to)
    {
        for (int i = from; i < to; i++) if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }

    private static int Run(string text, int a, int b)
    {
        int r = a + 1;
        while (r < b && text[r] == text[a]) r++;
        return r - a;
    }

    private static int BackRun(string text, int a, int b)
    {
        int r = b - 1;
        while (r > a && text[r - 1] == text[b - 1]) r--;
        return b - r;
    }
}
