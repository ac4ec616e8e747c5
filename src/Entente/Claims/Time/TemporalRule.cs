using System.Text.RegularExpressions;

namespace Entente.Claims.Time;

/// <summary>One pattern of temporal expression and how to resolve a match of it; null when it cannot be resolved.</summary>
/// <param name="Name">Short name for explanations and tests.</param>
/// <param name="Pattern">The expression's words; group <c>x</c>, when present, is the expression's span.</param>
/// <param name="Resolve">Resolves a match in a context.</param>
/// <param name="CanModifyNoun">True for absolute dates that can modify a noun ("the 2009 pact").</param>
public sealed record TemporalRule(string Name, Regex Pattern, Func<Match, TemporalContext, ResolvedTime?> Resolve, bool CanModifyNoun = false);
