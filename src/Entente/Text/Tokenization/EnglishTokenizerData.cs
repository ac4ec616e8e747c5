namespace Entente.Text.Tokenization;

/// <summary>Language data for the English tokenizer, kept apart from the algorithm.</summary>
internal static class EnglishTokenizerData
{
    /// <summary>Abbreviations (lowercase, without the final period) that keep their period.</summary>
    public static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "gov", "sen", "rep", "rev", "hon",
        "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr", "adm", "brig", "pres", "supt", "insp", "messrs", "fr",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "inc", "ltd", "co", "corp", "bros", "plc", "llc", "dept", "univ", "assn", "est", "ave", "blvd", "rd",
        "vol", "vols", "p", "pp", "ch", "fig", "figs", "ed", "eds", "approx", "etc", "vs", "viz", "cf",
        "al", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "d.c", "n.y", "l.a", "ph.d", "b.a", "m.a",
        "a.k.a", "u.s.a", "min", "max", "ca", "approx", "tel", "ext", "pt", "sq", "op", "ps", "p.s",
    };

    /// <summary>Abbreviations (without their period) that keep it only before a number: "No. 10".</summary>
    public static readonly HashSet<string> NumberAbbreviations = new(StringComparer.OrdinalIgnoreCase) { "no", "nos", "art", "vol", "pp", "sec", "fig" };

    /// <summary>Clitics split off the end of a word (lowercase; apostrophe variants are normalised).</summary>
    public static readonly string[] Clitics = ["n't", "'s", "'re", "'ve", "'ll", "'m", "'d"];

    /// <summary>Words that are two syntactic words without an apostrophe: surface → (first, second) lengths.</summary>
    public static readonly Dictionary<string, int> Fused = new(StringComparer.OrdinalIgnoreCase)
    {
        // value = length of the first word
        ["cannot"] = 3, ["gonna"] = 3, ["wanna"] = 3, ["gotta"] = 3,
        ["dont"] = 2, ["didnt"] = 3, ["doesnt"] = 4, ["isnt"] = 2, ["wasnt"] = 3, ["arent"] = 3,
        ["couldnt"] = 5, ["wouldnt"] = 5, ["shouldnt"] = 6, ["havent"] = 4, ["hasnt"] = 3, ["werent"] = 4,
        ["aint"] = 2, ["kinda"] = 4, ["sorta"] = 4, ["outta"] = 3, ["lemme"] = 3, ["gimme"] = 3, ["im"] = 1, ["ive"] = 1, ["youre"] = 3, ["theyre"] = 4, ["thats"] = 4,
    };

    /// <summary>Prefixes that keep their hyphen inside one token (EWT splits other hyphenated words).</summary>
    public static readonly HashSet<string> HyphenPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "e", "pre", "co", "non", "post", "re", "anti", "ex", "mid", "semi", "multi", "sub", "pro", "un",
        "counter", "over", "under", "bi", "tri", "vice", "t", "u",
    };

    /// <summary>Unit or magnitude suffixes split from a number ("2.5bn" → "2.5" "bn").</summary>
    public static readonly HashSet<string> NumberSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "bn", "m", "mn", "k", "b", "tn", "trn", "am", "pm", "km", "kg", "mg", "cm", "mm", "ml", "lb", "lbs",
        "mph", "kph", "gb", "mb", "tb", "ghz", "mhz", "hrs", "hr", "min", "mins", "yrs", "ft", "in", "oz",
    };

    /// <summary>Characters always split off as tokens of their own at the start of a chunk.</summary>
    public const string Openers = "\"'“‘«([{<$€£¥₹#*~`-";

    /// <summary>Characters split off the end of a chunk.</summary>
    public const string Closers = "\"'”’»)]}>.,;:!?*~%`";
}
