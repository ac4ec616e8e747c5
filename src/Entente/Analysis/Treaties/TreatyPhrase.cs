using Entente.Model;

namespace Entente.Analysis.Treaties;

/// <summary>A noun phrase naming or describing an instrument, in one sentence.</summary>
/// <param name="First">First token (after any determiner).</param>
/// <param name="Head">The instrument noun.</param>
/// <param name="Last">Last token.</param>
/// <param name="Kind">Kind from the head noun.</param>
/// <param name="Name">The phrase text.</param>
/// <param name="Named">True when the head is capitalised: a proper name ("Hanoi Defence Treaty").</param>
/// <param name="Determiner">The determiner before it, lower case, or null.</param>
/// <param name="Plural">True for a plural head ("agreements").</param>
/// <param name="Year">A year inside the phrase ("the 2009 memorandum").</param>
/// <param name="Descriptors">Lower-case words of the phrase other than the head and years.</param>
/// <param name="Span">Characters in the document.</param>
public sealed record TreatyPhrase(int First, int Head, int Last, TreatyKind Kind, string Name, bool Named, string? Determiner, bool Plural,
    int? Year, IReadOnlyList<string> Descriptors, CharSpan Span);
