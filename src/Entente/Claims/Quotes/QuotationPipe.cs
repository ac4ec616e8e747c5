using Entente.Model;
using Entente.Pipeline;

namespace Entente.Claims.Quotes;

/// <summary>
/// The quotation stage: finds direct quotes (<see cref="QuoteScanner"/>), their speaker and speech verb
/// (<see cref="AttributionFinder"/>: after the quote, before it, "according to"), carries the speaker over to an
/// unattributed quote that continues the previous one, resolves pronouns to the previous speaker, and maps the
/// speaker's words to an actor through <see cref="Document.Actors"/>. Runs after the actor stage. Thread-safe.
/// </summary>
public sealed class QuotationPipe : IPipe
{
    /// <inheritdoc/>
    public string Name => "quotes";

    /// <inheritdoc/>
    public void Process(Document document)
    {
        var text = document.Text;
        var quotes = QuoteScanner.Scan(text);
        var ordinals = new Dictionary<int, int>();
        Quotation? previous = null;
        int previousEndSentence = -10;
        for (int qi = 0; qi < quotes.Count; qi++)
        {
            var q = quotes[qi];
            var first = SentenceAt(document, q.Inner.Start);
            var last = SentenceAt(document, Math.Max(q.Inner.Start, q.Inner.End - 1));
            if (first is null || last is null) continue;
            int nextQuote = qi + 1 < quotes.Count ? quotes[qi + 1].Outer.Start : int.MaxValue;
            int prevQuote = qi > 0 ? quotes[qi - 1].Outer.End : 0;

            var att = AttributionFinder.After(text, q, Math.Min(last.Span.End, nextQuote))
                      ?? AttributionFinder.Before(text, q, Math.Max(first.Span.Start, prevQuote))
                      ?? AttributionFinder.AccordingToIn(text, q.Outer.End, Math.Min(last.Span.End, nextQuote));
            ActorRef? actor = null;
            string? speakerText = null, how = null, verb = null;
            CharSpan? speakerSpan = null;
            bool partial = false;
            if (att is not null)
            {
                (verb, how, partial) = (att.Verb, att.How, att.Partial);
                var span = att.Speaker.Length > 0 ? att.Speaker : Fallback(document, first, att.Speaker.Start);
                if (span is { Length: > 0 } sp)
                {
                    speakerSpan = sp;
                    speakerText = text[sp.Start..sp.End];
                    actor = ActorWithin(document, sp);
                    if (actor is null && SpeechVerbs.Pronouns.Contains(speakerText))
                    {
                        // "He urged ..." after a quote: the antecedent is the previous quotation's speaker, whose words we keep.
                        how = "pronoun";
                        if (previous?.SpeakerText is not null && first.Index - previousEndSentence <= 1)
                            (actor, speakerText, speakerSpan) = (previous.Speaker, previous.SpeakerText, previous.SpeakerSpan);
                        else actor = LastActorBefore(document, sp.Start);
                    }
                }
            }
            else if (previous is not null && first.Index - previousEndSentence <= 1 && previous.SpeakerText is not null)
            {
                (actor, speakerText, speakerSpan, verb, how) = (previous.Speaker, previous.SpeakerText, previous.SpeakerSpan, previous.Verb, "continued");
            }

            int ord = ordinals.TryGetValue(first.Index, out var o) ? o : 0;
            ordinals[first.Index] = ord + 1;
            var quotation = new Quotation
            {
                Id = $"{document.Id}#{first.Index}.q{ord}", Sentence = first.Index, Span = q.Inner, Text = text[q.Inner.Start..q.Inner.End],
                Speaker = actor, SpeakerText = speakerText, SpeakerSpan = speakerSpan, Verb = verb, Partial = partial, How = how,
            };
            document.Quotations.Add(quotation);
            previous = quotation;
            previousEndSentence = last.Index;
        }
    }

    private static Sentence? SentenceAt(Document d, int offset)
    {
        foreach (var s in d.Sentences) if (s.Span.Start <= offset && offset < s.Span.End) return s;
        return null;
    }

    /// <summary>
    /// When the verb has no subject of its own ("…, accusing them of", "Pakistan, a partner of China, criticised"):
    /// the first resolved actor of the sentence before the verb, else the sentence's opening words up to a comma.
    /// </summary>
    private static CharSpan? Fallback(Document d, Sentence s, int before)
    {
        foreach (var a in d.Actors)
            if (a.Sentence == s.Index && a.Actor is not null && a.Span.End <= before) return a.Span;
        var head = s.Text.AsSpan(0, Math.Max(0, Math.Min(before - s.Span.Start, s.Text.Length)));
        int comma = head.IndexOf(',');
        if (comma <= 0) return null;
        var phrase = head[..comma].Trim();
        int words = phrase.Count(' ') + 1;
        if (words > 6 || phrase.Length == 0) return null;
        int start = s.Span.Start + head.IndexOf(phrase);
        return new CharSpan(start, start + phrase.Length);
    }

    /// <summary>The first resolved actor mentioned inside the speaker's words.</summary>
    private static ActorRef? ActorWithin(Document d, CharSpan span)
    {
        foreach (var a in d.Actors)
            if (a.Actor is not null && span.Start <= a.Span.Start && a.Span.End <= span.End) return a.Actor;
        return null;
    }

    private static ActorRef? LastActorBefore(Document d, int offset)
    {
        ActorRef? last = null;
        foreach (var a in d.Actors)
            if (a.Actor is not null && a.Span.End <= offset) last = a.Actor;
        return last;
    }
}
