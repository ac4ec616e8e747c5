using System.Text.RegularExpressions;
using Entente.Model;

namespace Entente.Claims.Quotes;

/// <summary>
/// Finds the speaker and speech verb of a quote in the words around it: after the quote (<c>," the minister said</c>,
/// <c>," said Mr Lavrov</c>), before it (<c>The ministry said the talks were "…"</c>, <c>He urged Hanoi to "…"</c>) or
/// through "according to". Works on the text alone. Stateless and thread-safe.
/// </summary>
public static class AttributionFinder
{
    private static readonly Regex Word = new(@"[\p{L}][\p{L}\-’'.]*[\p{L}]|[\p{L}]", RegexOptions.Compiled);
    private static readonly Regex AccordingTo = new(@"\baccording\s+to\s+(?<src>[^,.;""“”]+)", RegexOptions.IgnoreCase | RegexOptions.Compiled);
    private static readonly HashSet<string> SpeakerEnds = new(StringComparer.OrdinalIgnoreCase) { "on", "in", "at", "after", "during", "before", "to", "from", "that", "when", "while", "as" };
    private const int MaxSpeakerWords = 12;

    /// <summary>An attribution after the quote, up to <paramref name="to"/> (the end of its sentence or the next quote).</summary>
    public static Attribution? After(string text, QuoteSpan quote, int to)
    {
        int from = quote.Outer.End;
        var inner = text.AsSpan(quote.Inner.Start, quote.Inner.Length).TrimEnd();
        bool opensClause = inner.Length > 0 && inner[^1] is ',' or '?' or '!' or '—' || (from < to && text[from] == ',');
        if (!opensClause) return null;
        if (AccordingTo.Match(text, from, to - from) is { Success: true } acc && text[from..acc.Index].Trim(' ', ',').Length == 0)
            return new Attribution(Trim(text, acc.Groups["src"].Index, acc.Groups["src"].Index + acc.Groups["src"].Length), "according to", "according-to", false);
        var words = Words(text, from, to);
        for (int i = 0; i < words.Count && i <= MaxSpeakerWords; i++)
        {
            if (!SpeechVerbs.Forms.TryGetValue(words[i].Value, out var lemma)) continue;
            if (i == 0)
            {
                // ," said Mr Lavrov, ...
                int end = words[0].Index + words[0].Length, k = 1;
                while (k < words.Count && !SpeakerEnds.Contains(words[k].Value) && !text.AsSpan(end, words[k].Index - end).ContainsAny(",;.")) { end = words[k].Index + words[k].Length; k++; }
                return k > 1 ? new Attribution(new CharSpan(words[1].Index, end), lemma, "after", false) : null;
            }
            if (SpeechVerbs.ClauseOpeners.Contains(words[0].Value)) return null;
            return new Attribution(Trim(text, words[0].Index, words[i - 1].Index + words[i - 1].Length), lemma, "after", false);
        }
        return null;
    }

    /// <summary>An attribution before the quote, within [<paramref name="from"/>, quote start).</summary>
    public static Attribution? Before(string text, QuoteSpan quote, int from)
    {
        int to = quote.Outer.Start;
        var words = Words(text, from, to);
        for (int i = words.Count - 1; i >= 0; i--)
        {
            if (!SpeechVerbs.Forms.TryGetValue(words[i].Value, out var lemma)) continue;
            bool partial = i < words.Count - 1;
            // The speaker is the words before the verb back to a clause boundary.
            int start = i, boundary = from;
            for (int k = i - 1; k >= 0; k--)
            {
                int gapStart = words[k].Index + words[k].Length, gapEnd = words[k + 1].Index;
                if (text.AsSpan(gapStart, gapEnd - gapStart).ContainsAny(",;:—–\"“”")) { boundary = gapEnd; break; }
                start = k;
            }
            while (start < i && SpeechVerbs.ClauseOpeners.Contains(words[start].Value)) start++;
            var speaker = start < i ? Trim(text, words[start].Index, words[i - 1].Index + words[i - 1].Length) : new CharSpan(boundary, boundary);
            return new Attribution(speaker, lemma, "before", partial);
        }
        if (AccordingTo.Match(text, from, to - from) is { Success: true } acc)
            return new Attribution(Trim(text, acc.Groups["src"].Index, acc.Groups["src"].Index + acc.Groups["src"].Length), "according to", "according-to", false);
        return null;
    }

    /// <summary>"according to X" after the quote anywhere in its sentence.</summary>
    public static Attribution? AccordingToIn(string text, int from, int to) =>
        AccordingTo.Match(text, from, to - from) is { Success: true } acc
            ? new Attribution(Trim(text, acc.Groups["src"].Index, acc.Groups["src"].Index + acc.Groups["src"].Length), "according to", "according-to", false)
            : null;

    private static List<Match> Words(string text, int from, int to)
    {
        var list = new List<Match>();
        if (to <= from) return list;
        foreach (Match m in Word.Matches(text.Substring(0, to), from)) list.Add(m);
        return list;
    }

    private static CharSpan Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or '—')) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or '.')) end--;
        return new CharSpan(start, end);
    }
}
