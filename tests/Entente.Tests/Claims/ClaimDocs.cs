using Entente.Model;
using Entente.Text;

namespace Entente.Tests.Claims;

/// <summary>Hand-built documents for claim tests: rule segmentation, then actors and events placed by their words.</summary>
public static class ClaimDocs
{
    /// <summary>A segmented document.</summary>
    public static Document Build(string text, string? published = "2025-03-06", string id = "doc", string? publication = null)
    {
        var doc = new Document(new DocumentMetadata
        {
            Id = id, Publication = publication, Published = published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
        }, text);
        TextPipeline.Segmentation()[0].Process(doc);
        return doc;
    }

    /// <summary>An actor reference with a code, the country being the first three letters.</summary>
    public static ActorRef Actor(string code, string? text = null) => new(new ActorCode(code), code, code[..3], text ?? code);

    /// <summary>Adds an actor mention over the <paramref name="nth"/> occurrence of <paramref name="words"/>.</summary>
    public static ActorMention AddActor(Document doc, string words, string code, int nth = 0)
    {
        var span = Find(doc, words, nth);
        var s = doc.Sentences.First(x => x.Span.Start <= span.Start && span.End <= x.Span.End);
        int first = Array.FindIndex(s.Tokens, t => t.Start >= span.Start);
        int last = Array.FindLastIndex(s.Tokens, t => t.End <= span.End);
        var m = new ActorMention(s.Index, first, last - first + 1, span, words, Actor(code, words), "test");
        doc.Actors.Add(m);
        return m;
    }

    /// <summary>Adds an event whose trigger is the <paramref name="nth"/> occurrence of <paramref name="trigger"/>.</summary>
    public static EventMention AddEvent(Document doc, string trigger, string cameo, string? actor1 = null, string? actor2 = null,
        Modality modality = Modality.Asserted, int nth = 0)
    {
        var span = Find(doc, trigger, nth);
        var s = doc.Sentences.First(x => x.Span.Start <= span.Start && span.End <= x.Span.End);
        int ordinal = doc.Events.Count(e => e.Sentence == s.Index);
        var e = new EventMention
        {
            Id = $"{doc.Id}#{s.Index}.{ordinal}", Sentence = s.Index, Span = span, Trigger = span, Cameo = new CameoCode(cameo),
            Actor1 = actor1 is null ? null : Actor(actor1), Actor2 = actor2 is null ? null : Actor(actor2), Modality = modality,
            Date = doc.Meta.Published is { } p ? EventDate.OfDay(p) : EventDate.Unknown,
        };
        doc.Events.Add(e);
        return e;
    }

    /// <summary>The span of the <paramref name="nth"/> occurrence of <paramref name="words"/> in the text.</summary>
    public static CharSpan Find(Document doc, string words, int nth = 0)
    {
        int at = -1;
        for (int i = 0; i <= nth; i++)
        {
            at = doc.Text.IndexOf(words, at + 1, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"'{words}' (occurrence {nth}) not in text");
        }
        return new CharSpan(at, at + words.Length);
    }
}
