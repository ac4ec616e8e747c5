using System.Text.RegularExpressions;

namespace Entente.Claims.Time;

/// <summary>One pattern of temporal expression and how to resolve a match of it; null when it cannot be resolved.</summary>
/// <param name="Name">Short name for explanations and tests.</param>
/// <param name="Pattern">The expression's words; group <c>x</c>, when present, is the expression's span.</param>
/// <param name="Resolve">Resolves a match in a context.</param>
/// <param name="CanModifyNoun">True for absolute dates that can modify a noun ("the 2009 pact").</param>
public sealed record TemporalRule(string Name, Regex Pattern, Func<Match, TemporalContext, ResolvedTime?> Resolve, bool CanModifyNoun = false)
{
    /// <summary>Words one of which a sentence must contain (ignoring case) for the rule to be tried; empty: always try.</summary>
    public string[] Cues { get; init; } = [];

    /// <summary>True when the sentence may hold a match: a cheap filter so most rules skip most sentences.</summary>
    public bool MayMatch(string text)
    {
        if (Cues.Length == 0) return true;
        foreach (var c in Cues)
            if (c.Length == 0 ? text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 : text.Contains(c, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
