using System.Globalization;
using System.Text.RegularExpressions;
using Entente.Model;

namespace Entente.Claims.Amounts;

/// <summary>
/// Finds the amounts of a sentence: number (digits or words, with magnitudes such as "bn"), approximation words
/// turned into bounds, currency or percent, and the counted noun ("300 attack drones" counts <c>drone</c>).
/// Works on the text alone; part-of-speech tags and lemmas, when the sentence has them, sharpen the counted noun
/// and the predicate. Stateless and thread-safe.
/// </summary>
public sealed class AmountParser
{
    private const RegexOptions Opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private static readonly string Words = string.Join("|", NumberWords.Cardinals.Keys
        .Where(k => !k.StartsWith("a", StringComparison.Ordinal) && k is not ("few" or "several" or "dozen" or "hundred")).OrderByDescending(k => k.Length));
    private static readonly string Approx = string.Join("|", AmountWords.Approximations.Keys.OrderByDescending(k => k.Length).Select(k => k.Replace(" ", @"\s+")));
    private static readonly string Vague = string.Join("|", AmountWords.Vague.Keys.OrderByDescending(k => k.Length).Select(k => k.Replace(" ", @"\s+")));
    private static readonly string CurrencyWords = string.Join("|", AmountWords.Currencies.Keys.Where(k => char.IsLetter(k[0])).OrderByDescending(k => k.Length));
    private static readonly string Number =
        $@"(?<num>(?<![\p{{L}}\d\-.,/:])(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?![\d:/]|-[\p{{L}}]|\.\d)|\b(?:{Words})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?\b(?!-[\p{{L}}]))";
    private const string Magnitude = @"(?:\s?(?<mag>billion|million|thousand|trillion)|(?<mag>bn|mn|mln|tn|trn|m|k))\b";
    private static readonly Regex Pattern = new(
        $@"(?:\b(?<approx>{Approx})\s+)?(?:(?<vague>\b(?:{Vague}))(?=\s)|(?<cur>US\$|[$€£¥₹₽])\s?{Number}(?:{Magnitude})?|{Number}(?:{Magnitude})?(?:\s+(?<curw>{CurrencyWords})\b|\s*(?<pct>%|per\s*cent\b|percent\b|pct\b))?)",
        Opts);
    private static readonly Regex NumberCue = new(
        $@"\b(?:{Words}|several|few|dozens?|scores|hundreds|thousands|millions|billions|handful)\b|[$€£¥₹₽]", Opts);
    private static readonly Regex WordAfter = new(@"\G\s+(?<w>[\p{L}][\p{L}\-’']*)", RegexOptions.Compiled);
    private static readonly Regex WordsBefore = new(@"[\p{L}][\p{L}\-’']*", RegexOptions.Compiled);
    private static readonly HashSet<string> PredicateSkips = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "would", "to", "the", "a", "an", "have", "has", "had", "been", "be", "also", "reportedly", "of", "than", "total", "in",
        "some", "only", "just", "already", "now", "then", "still", "a", "was", "were", "is", "are", "its", "their", "his", "her",
    };

    /// <summary>The amounts of a sentence, in text order, skipping any that overlap <paramref name="exclude"/> (dates).</summary>
    /// <param name="sentence">The sentence, tokens optionally tagged.</param>
    /// <param name="exclude">Spans already taken by temporal expressions.</param>
    public List<FoundAmount> Parse(Sentence sentence, IReadOnlyList<CharSpan> exclude)
    {
        var text = sentence.Text;
        int offset = sentence.Span.Start;
        var result = new List<FoundAmount>();
        // Most sentences state no amount: a cheap test spares them the full pattern.
        if (text.AsSpan().IndexOfAnyInRange('0', '9') < 0 && !NumberCue.IsMatch(text)) return result;
        foreach (Match m in Pattern.Matches(text))
        {
            var span = new CharSpan(offset + m.Index, offset + m.Index + m.Length);
            var numberSpan = m.Groups["num"].Success ? new CharSpan(offset + m.Groups["num"].Index, offset + m.Groups["num"].Index + m.Groups["num"].Length) : span;
            if (exclude.Any(x => x.Overlaps(numberSpan))) continue;
            if (Build(m, sentence, span) is { } a) result.Add(a);
        }
        return result;
    }

    private FoundAmount? Build(Match m, Sentence sentence, CharSpan span)
    {
        double value, low, high;
        string? approx = m.Groups["approx"].Success ? Norm(m.Groups["approx"].Value) : null;
        if (m.Groups["vague"].Success)
        {
            (value, low, high) = AmountWords.Vague[Norm(m.Groups["vague"].Value)];
            approx = Norm(m.Groups["vague"].Value);
        }
        else
        {
            if (!NumberWords.TryParse(m.Groups["num"].Value, out value)) return null;
            if (m.Groups["mag"].Success && NumberWords.Magnitudes.TryGetValue(m.Groups["mag"].Value, out var mult)) value *= mult;
            var a = approx is null ? Approximation.Exact : AmountWords.Approximations[approx];
            (low, high) = (value * a.Low, value * a.High);
        }

        string? unit = null;
        var kind = AmountKind.Count;
        if (m.Groups["cur"].Success) { kind = AmountKind.Money; unit = AmountWords.Currencies[m.Groups["cur"].Value]; }
        else if (m.Groups["curw"].Success) { kind = AmountKind.Money; unit = AmountWords.Currencies[m.Groups["curw"].Value]; }
        else if (m.Groups["pct"].Success) { kind = AmountKind.Percent; unit = "percent"; }

        int end = m.Index + m.Length;
        string? counted = null, countedText = null;
        if (kind == AmountKind.Count)
        {
            (counted, countedText, end) = CountedPhrase(sentence, end, value);
            if (counted is null) return null; // a bare number says nothing checkable
            if (AmountWords.TimeUnits.Contains(counted)) { kind = AmountKind.Duration; unit = counted; }
        }
        var full = new CharSpan(span.Start, sentence.Span.Start + end);
        return new FoundAmount(full, sentence.Text[(full.Start - sentence.Span.Start)..end], value, low, high, approx, kind, unit,
            counted, countedText, Predicate(sentence, m.Index));
    }

    /// <summary>The counted noun phrase after the number: its head (singular) and its words, and where it ends.</summary>
    private static (string? Head, string? Text, int End) CountedPhrase(Sentence sentence, int from, double value)
    {
        var text = sentence.Text;
        int pos = from, start = -1, end = from;
        string? head = null, measure = null;
        for (int n = 0; n < 6; n++)
        {
            var w = WordAfter.Match(text, pos);
            if (!w.Success) break;
            var word = w.Groups["w"].Value;
            int at = sentence.Span.Start + w.Groups["w"].Index;
            if (word.Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                if (head is null || measure is not null || !AmountWords.MeasureNouns.Contains(head)) break;
                measure = head;
                head = null;
                pos = w.Index + w.Length;
                continue;
            }
            if (AmountWords.PhraseBreaks.Contains(word)) break;
            var upos = UposAt(sentence, at);
            // Taggers err on participles and noun compounds ("cruise" as a verb): VERB continues the phrase like ADJ.
            if (upos is not null && (upos is not ("NOUN" or "ADJ" or "PROPN" or "VERB") || (upos == "VERB" && head is not null))) break;
            if (start < 0) start = w.Groups["w"].Index;
            end = w.Index + w.Length;
            pos = end;
            if (upos is null or "NOUN" or "PROPN") head = LemmaAt(sentence, at) ?? Singular(word.ToLowerInvariant());
            bool plural = word.Length > 2 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal);
            bool nounEnds = upos is null ? plural || value == 1 : upos == "NOUN" && plural;
            if (nounEnds && !(measure is null && AmountWords.MeasureNouns.Contains(head!) && NextIsOf(text, end))) break;
        }
        if (start < 0) return (null, null, from);
        head ??= Singular(text[start..end].Split(' ')[^1].ToLowerInvariant());
        return (measure is null ? head : $"{measure} of {head}", text[start..end], end);
    }

    private static bool NextIsOf(string text, int at)
    {
        var rest = text.AsSpan(at).TrimStart();
        return rest.StartsWith("of ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The verb the amount depends on: the nearest verb before it (by tag when tagged, else the nearest content word).</summary>
    private static string? Predicate(Sentence sentence, int at)
    {
        var tokens = sentence.Tokens;
        bool tagged = tokens.Length > 0 && tokens[0].Upos is not null;
        for (int i = tokens.Length - 1; i >= 0; i--)
        {
            ref readonly var t = ref tokens[i];
            if (t.End - sentence.Span.Start > at) continue;
            if (tagged)
            {
                if (t.Upos is "VERB") return (t.Lemma ?? t.Text).ToLowerInvariant();
                if (t.Upos is "PUNCT" && t.Text is "." or ";") return null;
                continue;
            }
            if (t.Text.Length == 0 || !char.IsLetter(t.Text[0]) || PredicateSkips.Contains(t.Text) || AmountWords.Approximations.ContainsKey(t.Text)) 
            {
                if (t.Text is "," or ";" or "\"" or "“" or "”") return null;
                continue;
            }
            return char.IsUpper(t.Text[0]) ? null : t.Text.ToLowerInvariant();
        }
        return null;
    }

    private static string? UposAt(Sentence s, int charStart)
    {
        foreach (var t in s.Tokens) if (t.Start == charStart) return t.Upos;
        return null;
    }

    private static string? LemmaAt(Sentence s, int charStart)
    {
        foreach (var t in s.Tokens) if (t.Start == charStart) return t.Upos is "NOUN" or "PROPN" ? t.Lemma?.ToLowerInvariant() : null;
        return null;
    }

    /// <summary>A plural English noun's singular by regular rules ("missiles" → "missile", "batteries" → "battery").</summary>
    public static string Singular(string word)
    {
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4) return word[..^3] + "y";
        if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)
            || word.EndsWith("xes", StringComparison.Ordinal)) return word[..^2];
        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && word.Length > 3) return word[..^1];
        return word;
    }

    private static string Norm(string s) => string.Join(' ', s.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Formats a value for display ("2,500,000,000").</summary>
    public static string Format(double v) => double.IsPositiveInfinity(v) ? "∞" : v.ToString("#,0.##", CultureInfo.InvariantCulture);
}
