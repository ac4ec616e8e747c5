namespace Entente.Model;

/// <summary>One thing done to a treaty, with the sentence that says so.</summary>
/// <param name="Type">What happened.</param>
/// <param name="Sentence">Sentence index in the document.</param>
/// <param name="Span">Characters of the words that state it (the verb or noun).</param>
/// <param name="Date">When, as far as the sentence says.</param>
/// <param name="Modality">Whether it happened, will happen, or did not.</param>
/// <param name="Actor">The actor that did it when it is not all parties (who withdrew, vetoed, ratified).</param>
/// <param name="Other">For supersession, the other instrument's name.</param>
public sealed record TreatyAction(TreatyActionType Type, int Sentence, CharSpan Span, EventDate Date, Modality Modality, ActorRef? Actor, string? Other);
