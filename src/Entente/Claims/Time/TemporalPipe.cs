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
            document.Times.AddRange(found);
            bySentence[s.Index] = found;
        }
        for (int i = 0; i < document.Events.Count; i++)
        {
            var e = document.Events[i];
            var chosen = bySentence.TryGetValue(e.Sentence, out var times) ? Choose(e, times) : null;
            if (chosen is not null) document.Events[i] = e with { Date = chosen.Date, DateSpan = chosen.Span };
            else if (e.Date.Date is null && published is { } p) document.Events[i] = e with { Date = EventDate.OfDay(p) };
        }
    }

    /// <summary>The expression that dates an event: nearest by characters; noun modifiers only for their noun.</summary>
    public static TimeExpression? Choose(EventMention e, IReadOnlyList<TimeExpression> times)
    {
        var at = e.Trigger ?? e.Span;
        TimeExpression? best = null;
        int bestDistance = int.MaxValue;
        foreach (var t in times)
        {
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
}
