using Entente.Model;
using Entente.Pipeline;

namespace Entente.Claims.Time;

/// <summary>
/// The temporal stage: resolves each sentence's temporal expressions into <see cref="Document.Times"/> and gives
/// each event of the sentence its own date from the nearest expression (a date modifying a noun, as in
/// "the 2009 pact", goes only to an event expressed by that noun). Events without one keep the publication date.
/// Runs after coding. Thread-safe: holds only the immutable parser.
/// </summary>
public sealed class TemporalPipe : IPipe
{
    private readonly TemporalParser _parser;

    /// <summary>Creates the stage.</summary>
    public TemporalPipe(TemporalParser? parser = null) => _parser = parser ?? new TemporalParser();

    /// <inheritdoc/>
    public string Name => "time";

    /// <inheritdoc/>
    public void Process(Document document)
    {
        var published = document.Meta.Published;
        EventDate? anchor = null;
        var bySentence = new Dictionary<int, List<TimeExpression>>();
        foreach (var s in document.Sentences)
        {
            bool? forward = null;
            foreach (var e in document.Events)
                if (e.Sentence == s.Index && e.Modality == Modality.Future) forward = true;
            var found = _parser.Parse(s.Text, s.Span.Start, s.Index, published, ref anchor, forward);
            if (found.Count == 0) continue;
            for (int k = 0; k < found.Count; k++)
                if (ModifiedNoun(s.Tokens, found[k].Span) is { } noun) found[k] = found[k] with { ModifiedWord = noun };
            document.Times.AddRange(found);
            bySentence[s.Index] = found;
        }
        for (int i = 0; i < document.Events.Count; i++)
        {
            var e = document.Events[i];
            var chosen = bySentence.TryGetValue(e.Sentence, out var times) ? Choose(e, times, document.Sentences[e.Sentence].Tokens) : null;
            if (chosen is not null) document.Events[i] = e with { Date = chosen.Date, DateSpan = chosen.Span };
            else if (e.Date.Date is null && published is { } p) document.Events[i] = e with { Date = EventDate.OfDay(p) };
        }
    }

    /// <summary>
    /// The noun a date modifies inside a noun phrase — "the 2009 memorandum", "a 2015 joint statement", "its 2019
    /// strategy" — found by a determiner or possessive before the date and nouns or adjectives after it: such a
    /// date belongs to that noun, not to the sentence's other events.
    /// </summary>
    internal static CharSpan? ModifiedNoun(Token[] tokens, CharSpan date)
    {
        int first = -1, last = -1;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].End <= date.Start || tokens[i].Start >= date.End) continue;
            if (first < 0) first = i;
            last = i;
        }
        if (first <= 0 || last + 1 >= tokens.Length) return null;
        var before = tokens[first - 1];
        bool determined = before.Upos == "DET" || (before.Upos == "PRON" && before.Xpos == "PRP$") || before.Xpos == "POS";
        if (!determined) return null;
        int head = -1;
        for (int i = last + 1; i < tokens.Length && tokens[i].Upos is "ADJ" or "NOUN" or "PROPN" or "NUM"; i++)
            if (tokens[i].Upos is "NOUN" or "PROPN") head = i;
        return head < 0 ? null : new CharSpan(tokens[last + 1].Start, tokens[head].End);
    }

    /// <summary>
    /// The expression that dates an event: nearest by characters; noun modifiers only for their noun; with the
    /// sentence's parsed <paramref name="tokens"/>, not one inside a clause below the event's verb ("agreed to hold
    /// summits from next year": next year dates the summits, not the agreement).
    /// </summary>
    public static TimeExpression? Choose(EventMention e, IReadOnlyList<TimeExpression> times, Token[]? tokens = null)
    {
        var at = e.Trigger ?? e.Span;
        var anchor = tokens is null ? at : Anchor(tokens, at, e.Cameo.Value);
        TimeExpression? best = null;
        int bestDistance = int.MaxValue;
        foreach (var t in times)
        {
            if (tokens is not null && InClauseBelow(tokens, t.Span, anchor)) continue;
            if (t.ModifiedWord is { } noun)
            {
                var head = new CharSpan(t.Span.End, noun.End);
                if (head.Length > 0 && head.Overlaps(at)) return t;
                continue;
            }
            int d = t.Span.Overlaps(at) ? 0 : t.Span.End <= at.Start ? at.Start - t.Span.End : t.Span.Start - at.End;
            if (d < bestDistance) { best = t; bestDistance = d; }
        }
        return best;
    }

    // An intent or a threat (CAMEO 03x, 13x) coded on the verb below "agreed to", "vowed to" is the statement of it:
    // the statement's verb, not the intended act's, is what its date is about.
    private static CharSpan Anchor(Token[] tokens, CharSpan trigger, string cameo)
    {
        if (!(cameo.StartsWith("03", StringComparison.Ordinal) || cameo.StartsWith("13", StringComparison.Ordinal))) return trigger;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!(tokens[i].Start < trigger.End && trigger.Start < tokens[i].End)) continue;
            int h = tokens[i].Head;
            return tokens[i].Relation is "xcomp" or "ccomp" && h >= 0 && h < tokens.Length ? new CharSpan(tokens[h].Start, tokens[h].End) : trigger;
        }
        return trigger;
    }

    private static readonly HashSet<string> ClausalRelations = ["xcomp", "ccomp", "advcl", "acl", "csubj", "parataxis"];

    // True when the expression's word hangs below the trigger through a clausal dependent.
    private static bool InClauseBelow(Token[] tokens, CharSpan expression, CharSpan trigger)
    {
        int node = -1, verb = -1;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (node < 0 && tokens[i].Start < expression.End && expression.Start < tokens[i].End) node = i;
            if (verb < 0 && tokens[i].Start < trigger.End && trigger.Start < tokens[i].End) verb = i;
        }
        if (node < 0 || verb < 0 || node == verb) return false;
        bool clausal = false;
        for (int steps = 0; node >= 0 && steps < tokens.Length; steps++)
        {
            if (node == verb) return clausal;
            var rel = tokens[node].Relation;
            if (rel is not null && ClausalRelations.Contains(rel.Split(':')[0])) clausal = true;
            node = tokens[node].Head;
        }
        return false;
    }
}
