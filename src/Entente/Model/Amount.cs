namespace Entente.Model;

/// <summary>
/// A quantity stated in a sentence, resolved: the number, its bounds after approximation words
/// ("more than", "about", "several"), its unit, what is counted, and the actors and event it belongs to.
/// </summary>
public sealed record Amount
{
    /// <summary>Stable id: document id, sentence and ordinal, e.g. <c>a.txt#3.a0</c>.</summary>
    public required string Id { get; init; }
    /// <summary>Sentence index in the document.</summary>
    public required int Sentence { get; init; }
    /// <summary>Character span of the whole amount phrase, approximation word and counted noun included.</summary>
    public required CharSpan Span { get; init; }
    /// <summary>The words as written.</summary>
    public required string Text { get; init; }
    /// <summary>The stated number (in base units: 2.5bn is 2,500,000,000).</summary>
    public required double Value { get; init; }
    /// <summary>Smallest value the statement allows.</summary>
    public required double Low { get; init; }
    /// <summary>Largest value the statement allows; <see cref="double.PositiveInfinity"/> for "more than".</summary>
    public required double High { get; init; }
    /// <summary>The approximation words, lower case ("about", "more than"), null for a plain number.</summary>
    public string? Approximation { get; init; }
    /// <summary>What the amount measures.</summary>
    public AmountKind Kind { get; init; }
    /// <summary>ISO currency code for money, <c>percent</c>, a time unit for durations, null for counts.</summary>
    public string? Unit { get; init; }
    /// <summary>The counted thing, singular lower case head noun ("missile"), null when unknown.</summary>
    public string? Counted { get; init; }
    /// <summary>The counted phrase as written ("supersonic cruise missiles").</summary>
    public string? CountedText { get; init; }
    /// <summary>The actor the amount is about (the event's source, else the sentence's first actor).</summary>
    public ActorRef? Actor1 { get; init; }
    /// <summary>The second actor (the event's target), if any.</summary>
    public ActorRef? Actor2 { get; init; }
    /// <summary>Id of the event mention the amount belongs to, if any.</summary>
    public string? Event { get; init; }
    /// <summary>The event family: the CAMEO root of the event, else null.</summary>
    public string? EventRoot { get; init; }
    /// <summary>The predicate the amount depends on (lemma of the verb, e.g. <c>deliver</c>), if found.</summary>
    public string? Predicate { get; init; }
    /// <summary>Who the sentence attributes the figure to ("according to a senior official"), if anyone.</summary>
    public string? Attribution { get; init; }
}
