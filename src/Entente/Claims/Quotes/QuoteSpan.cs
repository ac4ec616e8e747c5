using Entente.Model;

namespace Entente.Claims.Quotes;

/// <summary>A quoted stretch of text: the words inside the marks and the span including them.</summary>
public readonly record struct QuoteSpan(CharSpan Inner, CharSpan Outer);
