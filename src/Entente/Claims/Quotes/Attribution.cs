using Entente.Model;

namespace Entente.Claims.Quotes;

/// <summary>Who a quotation is attributed to, as found in the text.</summary>
/// <param name="Speaker">Span of the speaker's words.</param>
/// <param name="Verb">Lemma of the speech verb ("according to" for that phrase).</param>
/// <param name="How">after, before or according-to.</param>
/// <param name="Partial">True when words stand between the verb and the quote (a fragment inside reported speech).</param>
public sealed record Attribution(CharSpan Speaker, string Verb, string How, bool Partial);
