using System.Collections.Frozen;

namespace Entente.Claims.Quotes;

/// <summary>English verbs that introduce speech, by form, with their lemma (language data).</summary>
public static class SpeechVerbs
{
    private static readonly string[] Lemmas =
    [
        "say", "tell", "add", "state", "declare", "announce", "warn", "urge", "insist", "note", "argue", "call", "describe", "write",
        "accuse", "praise", "ask", "reply", "stress", "explain", "claim", "vow", "promise", "acknowledge", "admit", "comment",
        "remark", "tweet", "post", "conclude", "continue", "quote", "demand", "pledge", "caution", "condemn", "criticise", "criticize",
        "complain", "observe", "suggest", "predict", "recall", "counter", "respond", "affirm", "reiterate", "maintain", "emphasise",
        "emphasize", "deny", "allege", "assert", "contend", "confirm", "proclaim", "boast", "threaten", "welcome", "dismiss",
    ];

    private static readonly Dictionary<string, string> Irregular = new(StringComparer.OrdinalIgnoreCase)
    {
        ["said"] = "say", ["says"] = "say", ["saying"] = "say", ["told"] = "tell", ["wrote"] = "write", ["written"] = "write",
        ["writes"] = "write", ["writing"] = "write",
    };

    /// <summary>Every form (base, -s, -ed, -ing and irregulars) mapped to its lemma.</summary>
    public static FrozenDictionary<string, string> Forms { get; } = BuildForms();

    private static FrozenDictionary<string, string> BuildForms()
    {
        var forms = new Dictionary<string, string>(Irregular, StringComparer.OrdinalIgnoreCase);
        foreach (var l in Lemmas)
        {
            forms.TryAdd(l, l);
            bool e = l.EndsWith('e');
            bool y = l.EndsWith('y') && l.Length > 2 && !"aeiou".Contains(l[^2]);
            forms.TryAdd(y ? l[..^1] + "ies" : l.EndsWith('s') || l.EndsWith("sh", StringComparison.Ordinal) ? l + "es" : l + "s", l);
            forms.TryAdd(e ? l + "d" : y ? l[..^1] + "ied" : l + "ed", l);
            forms.TryAdd(e ? l[..^1] + "ing" : l + "ing", l);
        }
        forms["called"] = "call";
        forms["calling"] = "call";
        forms["tweeted"] = "tweet";
        forms["admitted"] = "admit";
        forms["admitting"] = "admit";
        forms["pledged"] = "pledge";
        return forms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Pronouns whose speaker is found in the text before.</summary>
    public static FrozenSet<string> Pronouns { get; } = new[] { "he", "she", "they", "it", "we", "i" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that open a clause and are not part of the speaker's name ("while", "and").</summary>
    public static FrozenSet<string> ClauseOpeners { get; } = new[] { "while", "and", "but", "as", "whereas", "although", "though", "when", "where", "after", "so" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
