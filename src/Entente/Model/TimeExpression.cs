namespace Entente.Model;

/// <summary>
/// A temporal expression of a sentence ("last month", "in 2019", "three years earlier") resolved
/// against the document's publication date (or an earlier date of the document for relative ones).
/// </summary>
/// <param name="Sentence">Sentence index in the document.</param>
/// <param name="Span">Character span in the document.</param>
/// <param name="Text">The words as written.</param>
/// <param name="Date">The date the expression denotes, at its precision (the start for ranges).</param>
/// <param name="First">First day the expression may denote.</param>
/// <param name="Last">Last day the expression may denote.</param>
/// <param name="Kind">Point in time, or a range opened or closed by the date.</param>
/// <param name="ModifiedWord">
/// For a date that modifies a noun ("the 2009 pact"), the character span of that noun; the date then
/// belongs only to an event expressed by that noun, not to the sentence's verb.
/// </param>
public sealed record TimeExpression(int Sentence, CharSpan Span, string Text, EventDate Date, DateOnly First, DateOnly Last,
    TimeExpressionKind Kind, CharSpan? ModifiedWord = null);
