using System.Text.RegularExpressions;

namespace Entente.Coding.Shallow;

/// <summary>
/// TABARI's coding switches, read from <c>.options</c> lines (through <see cref="Dictionaries.TabariOptions"/>): what is
/// coded per clause or sentence, agent conversion, default actors, the comma-clause limits and the complexity filter.
/// </summary>
public sealed partial record ShallowSettings
{
    /// <summary><c>CLAUSE</c> (first event of each clause), <c>SENTENCE</c> (first of the sentence) or <c>ALL</c>.</summary>
    public string CodeBy { get; init; } = "CLAUSE";
    /// <summary>An agent without an actor becomes an actor with its own code (<c>~REB</c>).</summary>
    public bool ConvertAgents { get; init; }
    /// <summary>Default source code, or null.</summary>
    public string? DefaultSource { get; init; }
    /// <summary>The default source replaces any source when no actor stands before the verb.</summary>
    public bool DefaultSourcePrior { get; init; }
    /// <summary>Default target code, or null.</summary>
    public string? DefaultTarget { get; init; }
    /// <summary>The default target replaces any target when no actor follows the verb.</summary>
    public bool DefaultTargetAfter { get; init; }
    /// <summary>Comma-delimited clauses are removed (<c>COMMA: OFF</c> turns it off).</summary>
    public bool CommaClauses { get; init; } = true;
    /// <summary>Middle clause limits: removed when MIN &lt; words ≤ MAX.</summary>
    public int CommaMin { get; init; } = 2;
    public int CommaMax { get; init; } = 10;
    /// <summary>Limits for a clause between the last comma and the end.</summary>
    public int CommaEndMin { get; init; } = 2;
    public int CommaEndMax { get; init; } = 10;
    /// <summary>Limits for a clause between the beginning and the first comma.</summary>
    public int CommaBeginMin { get; init; } = 128;
    public int CommaBeginMax { get; init; } = 0;
    /// <summary>Complexity thresholds (0 = off).</summary>
    public int ComplexVerbs { get; init; }
    public int ComplexConjunctions { get; init; }
    public int ComplexActors { get; init; }
    public int ComplexPronouns { get; init; }
    public int ComplexLateVerb { get; init; }
    /// <summary>Complexity conditions.</summary>
    public bool ComplexNoActorPrior { get; init; }
    public bool ComplexNoActorAfter { get; init; }
    public bool ComplexNoVerb { get; init; }
    public bool ComplexNoEvent { get; init; }
    public bool ComplexNoSource { get; init; }
    public bool ComplexNoTarget { get; init; }
    /// <summary>Fewer words than this (commas count) are not coded.</summary>
    public int MinimumWords { get; init; } = 8;
    /// <summary><c>NONEVENTS:</c> <c>TRUE</c> codes sentences without an event as <c>***</c> between their first two actors; <c>ONLY</c> codes nothing else; null: off.</summary>
    public string? NonEvents { get; init; }
    /// <summary>Pronouns at the start of a sentence refer to the previous sentence's first actor (<c>FORWARD:</c>).</summary>
    public bool Forward { get; init; }

    [GeneratedRegex(@"(\w+)\s*\[\s*(\d+)\s*\]")]
    private static partial Regex Counted();

    [GeneratedRegex(@"(B|E)?(MIN|MAX)\s*=\s*(\d+)")]
    private static partial Regex CommaLimit();

    /// <summary>Settings from option values keyed as in <see cref="Dictionaries.TabariOptions"/> (SET switches and commands).</summary>
    public static ShallowSettings From(IReadOnlyDictionary<string, string> settings)
    {
        var s = new ShallowSettings();
        string? Get(string key) => settings.TryGetValue(key, out var v) ? v : null;
        if (Get("CODE BY") is { } by) s = s with { CodeBy = by.Contains("SENT") ? "SENTENCE" : by.Contains("ALL") ? "ALL" : "CLAUSE" };
        if (Get("CODE") is { } code && code.Contains("ALL")) s = s with { CodeBy = "ALL" };
        foreach (var key in (string[])["CONVERT AGENT", "CONVERT AGENTS"])
            if (Get(key) is { } v) s = s with { ConvertAgents = v.StartsWith('T') };
        if (Get("MINIMUM WORDS") is { } mw && int.TryParse(mw.Trim(), out var n)) s = s with { MinimumWords = n };
        if (Get("DEFAULT") is { } d)
        {
            var u = d.ToUpperInvariant();
            string? Code(string role)
            {
                int i = u.IndexOf(role, StringComparison.Ordinal);
                if (i < 0) return null;
                int open = u.IndexOf('[', i), close = open < 0 ? -1 : u.IndexOf(']', open);
                return close < 0 ? null : u[(open + 1)..close].Trim();
            }
            int t = u.IndexOf("TARGET", StringComparison.Ordinal);
            s = s with
            {
                DefaultSource = Code("SOURCE"), DefaultTarget = Code("TARGET"),
                DefaultSourcePrior = u.IndexOf("PRIOR", StringComparison.Ordinal) is >= 0 and var p && (t < 0 || p < t),
                DefaultTargetAfter = u.Contains("AFTER"),
            };
        }
        if (Get("COMMA") is { } c)
        {
            if (c.Trim().Equals("OFF", StringComparison.OrdinalIgnoreCase)) s = s with { CommaClauses = false };
            foreach (Match m in CommaLimit().Matches(c.ToUpperInvariant()))
            {
                int v = int.Parse(m.Groups[3].Value);
                s = (m.Groups[1].Value, m.Groups[2].Value) switch
                {
                    ("B", "MIN") => s with { CommaBeginMin = v }, ("B", "MAX") => s with { CommaBeginMax = v },
                    ("E", "MIN") => s with { CommaEndMin = v }, ("E", "MAX") => s with { CommaEndMax = v },
                    (_, "MIN") => s with { CommaMin = v }, _ => s with { CommaMax = v },
                };
            }
        }
        if (Get("COMPLEX") is { } x)
        {
            var u = x.ToUpperInvariant();
            foreach (Match m in Counted().Matches(u))
            {
                int v = int.Parse(m.Groups[2].Value);
                s = m.Groups[1].Value switch
                {
                    "VERBS" => s with { ComplexVerbs = v }, "CONJ" => s with { ComplexConjunctions = v },
                    "ACTORS" => s with { ComplexActors = v }, "PRONOUNS" => s with { ComplexPronouns = v },
                    "LATEVERB" => s with { ComplexLateVerb = v }, _ => s,
                };
            }
            s = s with
            {
                ComplexNoActorPrior = u.Contains("NOACTPRIOR"), ComplexNoActorAfter = u.Contains("NOACTAFTER"),
                ComplexNoVerb = u.Contains("NOVERB"), ComplexNoEvent = u.Contains("NOEVENT"),
                ComplexNoSource = u.Contains("NOSOURCE"), ComplexNoTarget = u.Contains("NOTARGET"),
            };
        }
        if (Get("NONEVENTS") is { } ne)
        {
            var v = ne.Trim().ToUpperInvariant();
            s = s with { NonEvents = v.StartsWith("ONLY") ? "ONLY" : v.StartsWith('T') ? "TRUE" : null };
        }
        if (Get("FORWARD") is { } f) s = s with { Forward = !f.ToUpperInvariant().Contains("OFF") };
        return s;
    }
}
