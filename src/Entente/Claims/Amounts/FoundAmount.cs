using Entente.Model;

namespace Entente.Claims.Amounts;

/// <summary>An amount as found in a sentence, before it is tied to actors and events.</summary>
public sealed record FoundAmount(CharSpan Span, string Text, double Value, double Low, double High, string? Approximation,
    AmountKind Kind, string? Unit, string? Counted, string? CountedText, string? Predicate);
