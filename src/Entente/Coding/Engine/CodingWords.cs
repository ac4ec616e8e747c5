using System.Collections.Frozen;

namespace Entente.Coding.Engine;

/// <summary>
/// English function words and verb classes the coder relies on (language data, kept apart from the
/// algorithm). All upper case, matched against lemmas and forms.
/// </summary>
public static class CodingWords
{
    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    // Verb classes also list their inflected forms, for tokens that arrive without lemmas.
    private static FrozenSet<string> Verbs(params string[] lemmas) => lemmas
        .Concat(lemmas.SelectMany(Dictionaries.EnglishInflection.VerbForms))
        .Concat(lemmas.SelectMany(l => Irregular.TryGetValue(l, out var forms) ? forms : []))
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly Dictionary<string, string[]> Irregular = new(StringComparer.Ordinal)
    {
        ["SAY"] = ["SAID"], ["TELL"] = ["TOLD"], ["THINK"] = ["THOUGHT"], ["SEEK"] = ["SOUGHT"], ["GO"] = ["WENT", "GONE"],
        ["WRITE"] = ["WROTE", "WRITTEN"], ["FEAR"] = [], ["SET"] = ["SET"], ["UNDERTAKE"] = ["UNDERTOOK", "UNDERTAKEN"],
    };

    /// <summary>Negators attached to a verb ("did not sign", "never visited").</summary>
    public static readonly FrozenSet<string> Negators = Set("NOT", "N'T", "NEVER", "NO", "NT");

    /// <summary>Modal auxiliaries of possibility or condition.</summary>
    public static readonly FrozenSet<string> HypotheticalModals = Set("COULD", "MIGHT", "MAY", "WOULD", "SHOULD", "CAN", "MUST", "OUGHT", "CA");

    /// <summary>Modal auxiliaries of future.</summary>
    public static readonly FrozenSet<string> FutureModals = Set("WILL", "SHALL", "'LL", "WO");

    /// <summary>Subordinators of conditions.</summary>
    public static readonly FrozenSet<string> Conditionals = Set("IF", "UNLESS", "WHETHER", "LEST");

    /// <summary>Verbs whose complement is only threatened, tried or wished ("threatened to strike").</summary>
    public static readonly FrozenSet<string> HypotheticalGovernors = Verbs(
        "THREATEN", "WARN", "TRY", "ATTEMPT", "SEEK", "WANT", "HOPE", "WISH", "CONSIDER", "DEMAND", "URGE", "ASK",
        "CALL", "THINK", "FEAR", "RISK", "REFUSE", "DECLINE", "FAIL", "OFFER", "PROPOSE");

    /// <summary>Verbs whose complement is planned or promised ("agreed to withdraw", "plans to visit").</summary>
    public static readonly FrozenSet<string> FutureGovernors = Verbs(
        "PLAN", "INTEND", "PROMISE", "PLEDGE", "VOW", "AGREE", "DECIDE", "PREPARE", "AIM", "EXPECT", "SCHEDULE",
        "SET", "GO", "RESOLVE", "COMMIT", "UNDERTAKE", "ABOUT");

    /// <summary>Verbs of saying whose complement clause is reported speech.</summary>
    public static readonly FrozenSet<string> Reporting = Verbs(
        "SAY", "TELL", "REPORT", "ANNOUNCE", "CLAIM", "STATE", "ADD", "NOTE", "INSIST", "CONFIRM", "ALLEGE",
        "DECLARE", "QUOTE", "WRITE", "ASSERT", "EXPLAIN", "STRESS", "ACCORDING", "SUGGEST",
        "INDICATE", "REVEAL", "DISCLOSE", "UNDERLINE", "EMPHASIZE", "EMPHASISE", "ARGUE", "MAINTAIN", "DENY");

    /// <summary>Prepositions that introduce the agent of a passive verb.</summary>
    /// <summary>Verbs of accusing: what they accuse someone of ("accused Ukraine of shelling") is an allegation, reported by the accuser.</summary>
    public static readonly FrozenSet<string> Accusing = Verbs("ACCUSE", "BLAME", "CHARGE", "SUSPECT", "ALLEGE");

    /// <summary>Markers of a gerund complement whose doer is the governing verb's object ("accused X of ...", "praised X for ...").</summary>
    public static readonly FrozenSet<string> ObjectControlMarkers = Set("OF", "FOR");

    public static readonly FrozenSet<string> AgentMarkers = Set("BY");

    /// <summary>Prepositions that introduce a source of a nominal event ("the visit by Modi", "aid from Japan").</summary>
    public static readonly FrozenSet<string> NominalSourceMarkers = Set("BY", "FROM", "OF");

    /// <summary>Prepositions that introduce a target ("visit to Moscow", "talks with China", "sanctions on Iran").</summary>
    public static readonly FrozenSet<string> TargetMarkers = Set(
        "TO", "WITH", "ON", "AGAINST", "FOR", "INTO", "TOWARD", "TOWARDS", "AT", "IN", "OVER", "UPON", "BETWEEN", "OF", "FROM");
}
