namespace Entente.Coding.Engine;

/// <summary>The result of matching a pattern: the tokens it used and the actor mentions its slots bound.</summary>
/// <param name="Tokens">Token indices the words matched.</param>
/// <param name="Source">Actor mention index bound by <c>$</c>, or -1.</param>
/// <param name="Target">Actor mention index bound by <c>+</c>, or -1.</param>
/// <param name="Compound">Actor mention index bound by <c>%</c>, or -1.</param>
public readonly record struct PatternMatch(int[] Tokens, int Source, int Target, int Compound);
