using Entente.Model;

namespace Entente.Text.Tokenization;

/// <summary>
/// Rule-based sentence splitter. Blank lines always end a sentence; a single line break does too,
/// unless it looks like a hard-wrapped line of running prose. Within a line, the text is tokenized
/// and a sentence ends after terminal punctuation (with any closing quotes or brackets) when the
/// next word can start a sentence. Abbreviations and initials stay inside their sentence.
/// Stateless and thread-safe.
/// </summary>
public sealed class RuleSentenceSplitter : ISentenceSplitter
{
    private readonly ITokenizer _tokenizer;

    /// <summary>Creates a splitter that decides boundaries between the tokens of <paramref name="tokenizer"/>.</summary>
    public RuleSentenceSplitter(ITokenizer tokenizer) => _tokenizer = tokenizer;

    /// <inheritdoc/>
    public void Split(string text, List<CharSpan> spans)
    {
        var tokens = new List<Token>(256);
        foreach (var block in TextBlocks.Split(text))
        {
            tokens.Clear();
            _tokenizer.Tokenize(text, block, tokens);
            int first = 0;
            for (int i = 0; i < tokens.Count; i++)
            {
                bool last = i == tokens.Count - 1;
                if (last || BoundaryAfter(tokens, i))
                {
                    spans.Add(new CharSpan(tokens[first].Start, tokens[i].End));
                    first = i + 1;
                }
            }
        }
    }

    /// <summary>True when a sentence ends after token <paramref name="i"/> (not the last of its block).</summary>
    internal static bool BoundaryAfter(List<Token> tokens, int i)
    {
        var t = tokens[i];
        var next = tokens[i + 1];
        if (next.SameSurface(t)) return false; // words of one surface token
        if (IsClosing(t.Text) && i > 0 && IsTerminal(tokens[i - 1].Text) && tokens[i - 1].End == t.Start)
            return !IsClosing(next.Text) && CanStart(next.Text, tokens[i - 1].Text);
        if (!IsTerminal(t.Text))
        {
            // "U.S." or "etc." closing a sentence before an obvious sentence opener.
            if (t.Text.Length > 2 && t.Text[^1] == '.' && (EnglishSentenceData.Openers.Contains(next.Text) || (t.Text == "etc." && char.IsUpper(next.Text[0])))
                && !EnglishSentenceData.TitleAbbreviations.Contains(t.Text)) return true;
            return false;
        }
        if (IsClosing(next.Text) && next.Start == t.End) return false; // the closer ends the sentence
        return CanStart(next.Text, t.Text);
    }

    internal static bool IsTerminal(string s) =>
        s.Length > 0 && (s[0] is '.' or '!' or '?' or '…') && s.AsSpan().IndexOfAnyExcept(".!?…") < 0;

    internal static bool IsClosing(string s) => s is "\"" or "”" or "’" or "'" or ")" or "]" or "’’" or "''" or "»";

    /// <summary>Whether a word can open a sentence after the terminal mark <paramref name="terminal"/>.</summary>
    private static bool CanStart(string next, string terminal)
    {
        char c = next[0];
        if (char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '(' or '[' or '\'' or '-' or '*') return true;
        // After ! or ? informal text often goes on in lowercase; a period before lowercase is usually not an end.
        return terminal[0] is '!' or '?';
    }
}
