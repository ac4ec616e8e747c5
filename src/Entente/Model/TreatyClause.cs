namespace Entente.Model;

/// <summary>An obligation a treaty's text imposes, with the sentence stating it.</summary>
/// <param name="Obligation">One obligation type.</param>
/// <param name="Sentence">Sentence index in the document.</param>
/// <param name="Span">Characters of the cue words.</param>
public sealed record TreatyClause(TreatyObligations Obligation, int Sentence, CharSpan Span);
