namespace Entente.Model;

/// <summary>A direct quotation with its speaker and speech verb.</summary>
public sealed record Quotation
{
    /// <summary>Stable id: document id, sentence and ordinal, e.g. <c>a.txt#3.q0</c>.</summary>
    public required string Id { get; init; }
    /// <summary>Index of the sentence where the quotation starts.</summary>
    public required int Sentence { get; init; }
    /// <summary>Character span of the quoted words, quotation marks excluded.</summary>
    public required CharSpan Span { get; init; }
    /// <summary>The quoted words.</summary>
    public required string Text { get; init; }
    /// <summary>The speaker resolved to an actor, when possible.</summary>
    public ActorRef? Speaker { get; init; }
    /// <summary>The words that name the speaker ("a ministry spokesman"), null when none was found.</summary>
    public string? SpeakerText { get; init; }
    /// <summary>Character span of the speaker's words.</summary>
    public CharSpan? SpeakerSpan { get; init; }
    /// <summary>The speech verb's lemma ("say", "tell", "according to"), null when none was found.</summary>
    public string? Verb { get; init; }
    /// <summary>True for a fragment quoted inside reported speech (<c>said the talks were held "in a spirit of trust"</c>).</summary>
    public bool Partial { get; init; }
    /// <summary>How the speaker was found: after, before, according-to, continued or pronoun.</summary>
    public string? How { get; init; }
}
