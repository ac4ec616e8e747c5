namespace Entente.Model;

/// <summary>A named or numeric entity over a run of tokens of one sentence.</summary>
/// <param name="Type">PER, ORG, LOC, DATE, MONEY, PERCENT or CARDINAL.</param>
/// <param name="FirstToken">Index of the first token within the sentence.</param>
/// <param name="TokenCount">Number of tokens covered.</param>
/// <param name="Span">Character span in the document.</param>
/// <param name="Text">The words as written.</param>
public sealed record EntityMention(string Type, int FirstToken, int TokenCount, CharSpan Span, string Text);
