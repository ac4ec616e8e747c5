using Entente.Model;

namespace Entente.Text.Tokenization;

/// <summary>
/// Boundaries that are clear without a model, which override the learned splitter (tuned on web
/// text, it sometimes misses breaks between short sentences of edited prose).
/// A break: dotted initials or "etc." before a common sentence opener ("U.S. The"); a stand-alone <c>.</c>, <c>!</c> or <c>?</c> (with any closing quote or bracket glued
/// to it), then white space, then a capitalised word, possibly behind an opening quote or bracket.
/// The tokenizer has already kept the periods of abbreviations and initials on their words, so a
/// stand-alone period there ends a sentence; a title or initial split off at a span end, a list
/// number ("1. The first ...") and a name such as "Yahoo!" are left to the model.
/// No break: after a personal title ("Dr.") or a postscript mark ("P.S."), which lead into more words.
/// </summary>
internal static class ClearSentenceBreaks
{
    /// <summary>
    /// True or false when the rules decide whether a sentence ends after token <paramref name="i"/>
    /// (not the last of its block; the current sentence began at token <paramref name="first"/>); null otherwise.
    /// </summary>
    public static bool? Decide(List<Token> tokens, int first, int i)
    {
        var t = tokens[i];
        if (EnglishSentenceData.PersonalTitles.Contains(t.Text) || EnglishSentenceData.Postscripts.Contains(t.Text)) return false;
        if (EndsWithAbbreviationPeriod(t.Text) && tokens[i + 1].Start > t.End && EnglishSentenceData.Openers.Contains(tokens[i + 1].Text))
            return true; // "returned to the U.S. The next day": the period does both jobs
        int mark = i;
        if (RuleSentenceSplitter.IsClosing(t.Text) && i > first && tokens[i - 1].End == t.Start) mark = i - 1;
        if (!IsStop(tokens[mark].Text) || mark == first) return null;
        var before = tokens[mark - 1];
        if (before.End == tokens[mark].Start && (IsTitleOrInitial(before.Text, tokens[mark].Text) || IsExclaimedName(before.Text, tokens[mark].Text))) return null;
        if (!HasLetter(tokens, first, mark)) return null; // "1." "*2." "(a)." numbering a list item
        var next = tokens[i + 1];
        if (next.Start == t.End) return null; // no white space: "Yahoo!Answers", or a closer glued to the stop
        if (IsOpening(next.Text) && i + 2 < tokens.Count && tokens[i + 2].Start == next.End) next = tokens[i + 2];
        return IsCapitalisedWord(next.Text) ? true : null;
    }

    /// <summary>Dotted initials ("U.S.", "a.m.") or "etc.", whose period may also end the sentence.</summary>
    private static bool EndsWithAbbreviationPeriod(string s)
    {
        if (s == "etc.") return true;
        if (s.Length < 4 || s.Length % 2 != 0) return false;
        for (int k = 0; k < s.Length; k++)
            if (k % 2 == 0 ? !char.IsLetter(s[k]) : s[k] != '.') return false;
        return true;
    }

    /// <summary>A single terminal mark; ellipses and runs such as "?!" or "!!!" are left to the model.</summary>
    private static bool IsStop(string s) => s is "." or "!" or "?";

    private static bool IsOpening(string s) => s is "\"" or "“" or "‘" or "(" or "[";

    /// <summary>"Dr" "." or "F" "." split at a span end: the period may belong to a title or an initial.</summary>
    private static bool IsTitleOrInitial(string word, string stop)
    {
        if (stop != ".") return false;
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        if (word.Length > 8) return false;
        Span<char> full = stackalloc char[word.Length + 1]; // no allocation: this runs at every sentence end
        word.AsSpan().CopyTo(full);
        full[^1] = '.';
        return TitleLookup.Contains(full) || PostscriptLookup.Contains(full);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup =
        EnglishSentenceData.TitleAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PostscriptLookup =
        EnglishSentenceData.Postscripts.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsExclaimedName(string word, string stop) => stop == "!" && EnglishSentenceData.ExclaimedNames.Contains(word);

    /// <summary>Whether any token in [from, to) has a letter.</summary>
    private static bool HasLetter(List<Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
            foreach (char c in tokens[k].Text)
                if (char.IsLetter(c)) return true;
        return false;
    }

    /// <summary>A word starting in upper case followed by a lower-case letter or nothing ("He", "I", "Talks"; not "US", "3G").</summary>
    private static bool IsCapitalisedWord(string s) =>
        s.Length > 0 && char.IsUpper(s[0]) && (s.Length == 1 || char.IsLower(s[1]));
}
