using System.Text.RegularExpressions;
using Entente.Model;
using Entente.Pipeline;

namespace Entente.Claims.Amounts;

/// <summary>
/// The amount stage: finds each sentence's amounts (<see cref="AmountParser"/>), skips numbers that are dates
/// (<see cref="Document.Times"/>), and ties each to the event of the sentence whose words cover or are nearest to it
/// (taking its actors and CAMEO root) or, without events, to the resolved actors before and after it. Runs after
/// coding and the temporal stage. Thread-safe.
/// </summary>
public sealed class AmountPipe : IPipe
{
    private static readonly Regex Attribution = new(AmountWords.AttributionPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private readonly AmountParser _parser;

    /// <summary>Creates the stage.</summary>
    public AmountPipe(AmountParser? parser = null) => _parser = parser ?? new AmountParser();

    /// <inheritdoc/>
    public string Name => "amounts";

    /// <inheritdoc/>
    public void Process(Document document)
    {
        foreach (var s in document.Sentences)
        {
            var dates = document.Times.Where(t => t.Sentence == s.Index).Select(t => t.Span).ToList();
            var found = _parser.Parse(s, dates);
            if (found.Count == 0) continue;
            var events = document.Events.Where(e => e.Sentence == s.Index).ToList();
            var actors = document.Actors.Where(a => a.Sentence == s.Index && a.Actor is not null).OrderBy(a => a.Span.Start).ToList();
            var attribution = Attribution.Match(s.Text) is { Success: true } m ? m.Groups["src"].Value.Trim() : null;
            int ordinal = 0;
            foreach (var f in found)
            {
                var e = NearestEvent(f.Span, events);
                var (a1, a2) = e is { Actor1: not null } ? (e.Actor1, e.Actor2) : ActorsAround(f.Span, actors);
                document.Amounts.Add(new Amount
                {
                    Id = $"{document.Id}#{s.Index}.a{ordinal++}", Sentence = s.Index, Span = f.Span, Text = f.Text,
                    Value = f.Value, Low = f.Low, High = f.High, Approximation = f.Approximation, Kind = f.Kind, Unit = f.Unit,
                    Counted = f.Counted, CountedText = f.CountedText, Actor1 = a1, Actor2 = a2, Event = e?.Id, EventRoot = e?.Cameo.Root,
                    Predicate = f.Predicate, Attribution = attribution is not null && !attribution.Contains(f.Text, StringComparison.Ordinal) ? attribution : null,
                });
            }
        }
    }

    /// <summary>The event whose words cover the amount (the narrowest), else the one nearest to it.</summary>
    public static EventMention? NearestEvent(CharSpan at, IReadOnlyList<EventMention> events)
    {
        EventMention? best = null;
        long bestScore = long.MaxValue;
        foreach (var e in events)
        {
            long score = e.Span.Start <= at.Start && at.End <= e.Span.End
                ? e.Span.Length
                : 1_000_000L + Distance(at, e.Trigger ?? e.Span);
            if (score < bestScore) { best = e; bestScore = score; }
        }
        return best;
    }

    private static int Distance(CharSpan a, CharSpan b) => a.Overlaps(b) ? 0 : a.End <= b.Start ? b.Start - a.End : a.Start - b.End;

    /// <summary>Without an event: the nearest resolved actor before the amount, and the first one after it.</summary>
    private static (ActorRef? A1, ActorRef? A2) ActorsAround(CharSpan at, List<ActorMention> actors)
    {
        ActorRef? before = null, after = null, afterSecond = null;
        foreach (var a in actors)
        {
            if (a.Span.End <= at.Start) before = a.Actor;
            else if (a.Span.Start >= at.End)
            {
                if (after is null) after = a.Actor;
                else if (afterSecond is null && a.Actor!.Code != after.Code) afterSecond = a.Actor;
            }
        }
        if (before is not null) return (before, after is not null && after.Code != before.Code ? after : null);
        return (after, afterSecond);
    }
}
