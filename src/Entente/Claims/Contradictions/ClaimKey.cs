using Entente.Model;

namespace Entente.Claims.Contradictions;

/// <summary>
/// What makes two amounts claims about the same quantity: the same actors (country level, in order), the same event
/// family (the CAMEO root, else the predicate's lemma), the same kind and unit, and the same counted thing.
/// Amounts without an actor, durations and counts of nothing in particular make no checkable claim.
/// </summary>
public static class ClaimKey
{
    /// <summary>The amount's claim key (e.g. <c>IND|VNM|07|count||missile</c>), or null when it makes no checkable claim.</summary>
    public static string? For(Amount a)
    {
        if (a.Actor1 is null || a.Kind == AmountKind.Duration) return null;
        if (a.Kind == AmountKind.Count && a.Counted is null) return null;
        var family = a.EventRoot ?? (a.Predicate is { } p ? "v:" + p : null);
        if (family is null) return null;
        return $"{Party(a.Actor1)}|{Party(a.Actor2)}|{family}|{a.Kind.ToString().ToLowerInvariant()}|{a.Unit}|{a.Counted}";
    }

    /// <summary>A readable subject for a key: <c>IND→VNM 07 missile</c>.</summary>
    public static string Describe(string key)
    {
        var p = key.Split('|');
        if (p.Length < 6) return key;
        var what = p[5].Length > 0 ? p[5] : p[4];
        return $"{p[0]}→{p[1]} {p[2]} {p[3]} {what}".Replace("→-", "", StringComparison.Ordinal);
    }

    private static string Party(ActorRef? a) => a is null ? "-" : a.Country ?? a.Code.Country;
}
