using Entente.Model;

namespace Entente.Analysis.Treaties;

/// <summary>The action word governing an instrument phrase.</summary>
/// <param name="Index">Token index of the word.</param>
/// <param name="Type">What it does to the instrument.</param>
/// <param name="Left">True when it precedes the phrase (active: "signed a treaty"), false when it follows ("the treaty was signed").</param>
/// <param name="Modality">Future, negated or hypothetical by the words before it.</param>
/// <param name="Span">Characters in the document.</param>
public readonly record struct TreatyVerb(int Index, TreatyActionType Type, bool Left, Modality Modality, CharSpan Span);
