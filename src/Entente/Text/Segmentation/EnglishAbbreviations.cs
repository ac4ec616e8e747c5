namespace Entente.Text.Segmentation;

/// <summary>
/// Language data: English abbreviations that end in a period which does not end a sentence.
/// Lower case, without the final period.
/// </summary>
public static class EnglishAbbreviations
{
    /// <summary>Abbreviations usually followed by a name or a number, so never sentence-final in news prose.</summary>
    public static readonly IReadOnlySet<string> BeforeNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cpt", "adm", "gov", "sen", "rep", "st",
        "rev", "hon", "pres", "maj", "cmdr", "brig", "supt", "insp", "messrs", "mme", "mlle", "sr", "jr", "no", "nos",
        "vol", "art", "fig", "pp", "ft", "mt", "ave", "blvd", "vs", "v", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "cf", "approx", "est", "dept", "univ", "assn", "ca",
    };

    /// <summary>Abbreviations that may also end a sentence (then the period does both jobs).</summary>
    public static readonly IReadOnlySet<string> MaybeFinal = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "etc", "inc", "corp", "ltd", "co", "bros", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "u.s.a", "d.c",
    };
}
