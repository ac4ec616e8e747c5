using System.Text.RegularExpressions;
using Entente.Model;

namespace Entente.Claims.Time;

/// <summary>
/// Finds and resolves the temporal expressions of a sentence with <see cref="TemporalRules"/>: overlapping
/// matches keep the longest; a preceding "since"/"by"/"until" makes a range; expressions are resolved in text
/// order, each becoming the anchor for later anaphoric ones. Stateless and thread-safe.
/// </summary>
public sealed class TemporalParser
{
    private static readonly Regex Future = new(TemporalWords.FuturePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex RangeWord = new(@"\b(?<w>since|from|by|until|till|before)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex WordAfter = new(@"\G\s+(?<w>[\p{L}][\p{L}\-]*)", RegexOptions.Compiled);
    private static readonly Regex WordBefore = new(@"(?<w>[\p{L}’']+)\s*$", RegexOptions.Compiled);
    private readonly IReadOnlyList<TemporalRule> _rules;

    /// <summary>Creates a parser over the given rules (default: <see cref="TemporalRules.All"/>).</summary>
    public TemporalParser(IReadOnlyList<TemporalRule>? rules = null) => _rules = rules ?? TemporalRules.All;

    /// <summary>True when the sentence speaks of the future ("will", "scheduled", "next").</summary>
    public static bool SpeaksOfFuture(string text) => Future.IsMatch(text);

    /// <summary>
    /// The expressions of one sentence, in text order. <paramref name="offset"/> is the sentence's start in the
    /// document; <paramref name="anchor"/> is updated to the last date resolved.
    /// </summary>
    public List<TimeExpression> Parse(string text, int offset, int sentence, DateOnly? published, ref EventDate? anchor, bool? forward = null)
    {
        var found = new List<(int Start, int Length, int Rule, Match Match)>();
        for (int r = 0; r < _rules.Count; r++)
        {
            if (!_rules[r].MayMatch(text)) continue;
            foreach (Match m in _rules[r].Pattern.Matches(text))
                if (Plausible(_rules[r], m, text)) found.Add((m.Index, m.Length, r, m));
        }
        found.Sort((a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Rule != b.Rule ? a.Rule.CompareTo(b.Rule) : a.Start.CompareTo(b.Start));
        var chosen = new List<(int Start, int Length, int Rule, Match Match)>();
        foreach (var f in found)
            if (!chosen.Any(c => f.Start < c.Start + c.Length && c.Start < f.Start + f.Length)) chosen.Add(f);
        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));

        bool fwd = forward ?? SpeaksOfFuture(text);
        var result = new List<TimeExpression>(chosen.Count);
        foreach (var (start, length, r, m) in chosen)
        {
            var ctx = new TemporalContext(published, anchor, LocalDirection(text, start) ?? fwd);
            if (_rules[r].Resolve(m, ctx) is not { } t) continue;
            var kind = _rules[r].Name == "within" ? TimeExpressionKind.Until : KindBefore(text, start);
            var span = new CharSpan(offset + start, offset + start + length);
            var modifies = _rules[r].CanModifyNoun ? ModifiedNoun(text, start, length, offset) : null;
            result.Add(new TimeExpression(sentence, span, m.Value, t.Date, t.First, t.Last, kind, modifies));
            anchor = t.Date;
        }
        return result;
    }

    /// <summary>
    /// The tense of the words just before an expression, when they show it: "had been reported on Tuesday" looks back
    /// even in a sentence that also says "will deliver"; null when the nearby words do not tell.
    /// </summary>
    private static bool? LocalDirection(string text, int start)
    {
        var before = text[Math.Max(0, start - 40)..start];
        var words = before.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (int i = words.Length - 1, seen = 0; i >= 0 && seen < 4; i--, seen++)
        {
            var w = words[i].Trim(',', ';', '"', '“', '”').ToLowerInvariant();
            if (w.Length == 0 || char.IsPunctuation(w[^1])) break;
            if (w is "will" or "shall" or "'ll" or "scheduled" or "due" or "planned" or "be") return true;
            if (w is "was" or "were" or "had" or "did" or "been" or "said") return false;
            if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
                return i > 0 && words[i - 1].ToLowerInvariant() == "be"; // "will be delivered in May" looks ahead
        }
        return null;
    }

    /// <summary>Rejects bare numbers that count things ("2000 troops") rather than name a year.</summary>
    private static bool Plausible(TemporalRule rule, Match m, string text)
    {
        if (rule.Name != "year") return true;
        var after = WordAfter.Match(text, m.Index + m.Length);
        if (!after.Success) return true;
        var next = after.Groups["w"].Value;
        bool plural = next.Length > 3 && next.EndsWith('s') && !next.EndsWith("ss", StringComparison.Ordinal) && char.IsLower(next[0]);
        if (!plural) return true;
        var before = WordBefore.Match(text[..m.Index]);
        return before.Success && before.Groups["w"].Value.ToLowerInvariant() is "in" or "since" or "by" or "until" or "of" or "from" or "before" or "after" or "during";
    }

    private static TimeExpressionKind KindBefore(string text, int start)
    {
        var m = RangeWord.Match(text[..start]);
        return m.Success && TemporalWords.RangeWords.TryGetValue(m.Groups["w"].Value, out var k) ? k : TimeExpressionKind.Point;
    }

    /// <summary>For "the 2009 memorandum of understanding", the span of the noun phrase the date sits in.</summary>
    private static CharSpan? ModifiedNoun(string text, int start, int length, int offset)
    {
        var before = WordBefore.Match(text[..start]);
        if (!before.Success || !TemporalWords.Determiners.Contains(before.Groups["w"].Value.ToLowerInvariant())
            && !before.Groups["w"].Value.EndsWith("'s", StringComparison.Ordinal) && !before.Groups["w"].Value.EndsWith("’s", StringComparison.Ordinal))
            return null;
        int pos = start + length, end = -1;
        for (int words = 0; words < 5; words++)
        {
            var w = WordAfter.Match(text, pos);
            if (!w.Success || TemporalWords.PhraseBreaks.Contains(w.Groups["w"].Value)) break;
            end = w.Index + w.Length;
            pos = end;
        }
        return end < 0 ? null : new CharSpan(offset + start, offset + end);
    }
}
