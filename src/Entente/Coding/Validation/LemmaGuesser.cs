using System.Collections.Frozen;

namespace Entente.Coding.Validation;

public static partial class PennDependencyConverter
{
    private static readonly FrozenDictionary<string, string> Irregular = new Dictionary<string, string>
    {
        ["said"] = "say", ["says"] = "say", ["told"] = "tell", ["is"] = "be", ["was"] = "be", ["were"] = "be", ["are"] = "be",
        ["been"] = "be", ["am"] = "be", ["'s"] = "be", ["had"] = "have", ["has"] = "have", ["did"] = "do", ["does"] = "do",
        ["went"] = "go", ["gone"] = "go", ["made"] = "make", ["thought"] = "think", ["met"] = "meet", ["sent"] = "send",
        ["gave"] = "give", ["given"] = "give", ["took"] = "take", ["taken"] = "take", ["held"] = "hold", ["brought"] = "bring",
        ["fought"] = "fight", ["struck"] = "strike", ["began"] = "begin", ["begun"] = "begin", ["wrote"] = "write", ["written"] = "write",
        ["n't"] = "not", ["wo"] = "will", ["ca"] = "can", ["sought"] = "seek", ["withdrew"] = "withdraw", ["shot"] = "shoot",
        ["left"] = "leave", ["led"] = "lead", ["won"] = "win", ["lost"] = "lose", ["broke"] = "break", ["broken"] = "break",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>A lemma from the form and Penn tag, without a dictionary: irregular verbs by table, regular suffixes stripped.</summary>
    public static string GuessLemma(string word, string tag)
    {
        var w = word.ToLowerInvariant();
        if (Irregular.TryGetValue(w, out var l)) return l;
        if (tag is "NNS" && w.Length > 3)
        {
            if (w.EndsWith("ies")) return w.Length <= 4 ? w[..^1] : w[..^3] + "y";
            if (w.EndsWith("sses") || w.EndsWith("ches") || w.EndsWith("shes") || w.EndsWith("xes")) return w[..^2];
            if (w.EndsWith('s') && !w.EndsWith("ss")) return w[..^1];
        }
        if (!tag.StartsWith("VB") || w.Length < 4) return w;
        if (tag == "VBZ") return w.EndsWith("ies") ? w[..^3] + "y" : w.EndsWith("ches") || w.EndsWith("shes") || w.EndsWith("sses") ? w[..^2] : w.TrimEnd('s');
        string stem = tag switch
        {
            "VBD" or "VBN" when w.EndsWith("ied") => w[..^3] + "y",
            "VBD" or "VBN" when w.EndsWith("ed") => w[..^2],
            "VBG" when w.EndsWith("ing") => w[..^3],
            _ => w,
        };
        if (stem == w) return w;
        if (stem.Length >= 3 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'e' or 'f' or 'z')) return stem[..^1];
        // "agreed" → agree, "promised" → promise: a final e is restored after consonant clusters that need it
        if (stem.EndsWith('e') || w.EndsWith("eed")) return w.EndsWith("eed") ? w[..^1] : stem;
        if (stem.Length >= 2 && (stem[^1] is 'v' or 'z' or 'c' or 'g' or 'u' || (stem[^1] is 's' && !"aeiou".Contains(stem[^2]) && stem[^2] != 's')
            || (!"aeiouy".Contains(stem[^1]) && "aeiou".Contains(stem[^2]) && stem.Length >= 3 && !"aeiou".Contains(stem[^3]) && stem[^1] is not ('n' or 'r' or 'l' or 'w' or 'x' or 'k' or 't' or 'd' or 'p' or 'm'))))
            return stem + "e";
        return stem;
    }
}
