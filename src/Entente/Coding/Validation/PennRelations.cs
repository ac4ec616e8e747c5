using Entente.Model;

namespace Entente.Coding.Validation;

public static partial class PennDependencyConverter
{
    private static string Relation(PennTree parent, PennTree child, int i, int hc, bool coordination, bool headPassive,
        Dictionary<PennTree, int> heads, Token[] tokens)
    {
        if (IsPunct(child)) return "punct";
        if (child.Label == "CC" || child.Category == "CONJP") return "cc";
        if (coordination && i > hc && !child.IsLeaf && SameKind(child.Category, parent.Category)) return "conj";
        var cat = child.IsLeaf ? child.Label : child.Category;
        switch (parent.Category)
        {
            case "S" or "SINV" or "SQ" or "S1" or "ROOT":
                if (cat is "NP" or "WHNP" && (i < hc || child.Label.Contains("SBJ")) && !IsTemporal(child)) return headPassive ? "nsubj:pass" : "nsubj";
                if (cat is "NP") return "obl:tmod";
                if (cat is "S" or "SINV" or "SQ") return "ccomp";
                if (cat is "SBAR") return Subordinated(child) ? "advcl" : "ccomp";
                if (cat is "PP") return "obl";
                if (cat is "ADVP" or "RB") return "advmod";
                if (cat is "MD") return "aux";
                return "dep";
            case "VP":
                if (child.IsLeaf)
                {
                    if (cat == "MD") return "aux";
                    if (cat == "TO") return "mark";
                    if (cat.StartsWith("VB")) return i < hc ? (IsBeOrGet(child.Word!) && headPassive ? "aux:pass" : "aux") : "dep";
                    if (cat.StartsWith("RB") || cat == "IN") return "advmod";
                    if (cat == "RP") return "compound:prt";
                    if (cat is "NN" or "NNS" or "NNP" or "NNPS" or "PRP") return "obj";
                    return "dep";
                }
                if (cat == "NP") return IsTemporal(child) ? "obl:tmod" : i < hc ? "nsubj" : "obj";
                if (cat == "PP") return headPassive && PrepositionOf(child) is "by" ? "obl:agent" : "obl";
                if (cat is "S" or "SQ" or "SINV") return IsInfinitive(child) ? "xcomp" : "ccomp";
                if (cat == "SBAR") return Subordinated(child) ? "advcl" : "ccomp";
                if (cat is "ADJP") return "xcomp";
                if (cat is "ADVP") return "advmod";
                if (cat is "PRT") return "compound:prt";
                if (cat is "VP") return "conj";
                return "dep";
            case "NP" or "NML" or "NX" or "WHNP" or "NAC":
                if (child.IsLeaf)
                {
                    if (cat is "DT" or "PDT" or "WDT") return "det";
                    if (cat is "PRP$" or "WP$") return "nmod:poss";
                    if (cat == "POS") return "case";
                    if (cat is "JJ" or "JJR" or "JJS" or "VBN" or "VBG") return "amod";
                    if (cat == "CD") return "nummod";
                    if (cat is "NN" or "NNS" or "NNP" or "NNPS" or "FW") return i < hc ? "compound" : "flat";
                    if (cat.StartsWith("RB")) return "advmod";
                    return "dep";
                }
                if (cat == "NP" && child.Children.Count > 0 && child.Children[^1].Label == "POS") return "nmod:poss";
                if (cat is "NP" or "NML") return i < hc ? "compound" : HasCommaBefore(parent, i) ? "appos" : "nmod";
                if (cat is "PP") return "nmod";
                if (cat is "SBAR") return "acl:relcl";
                if (cat is "VP" or "S" or "RRC") return "acl";
                if (cat is "ADJP") return "amod";
                if (cat is "QP") return "nummod";
                if (cat is "PRN") return "appos";
                if (cat is "ADVP") return "advmod";
                return "dep";
            case "PP" or "WHPP":
                if (child.IsLeaf && cat is "IN" or "TO") return parent.Children[hc].Category is "S" or "SBAR" ? "mark" : "case";
                if (child.IsLeaf && cat.StartsWith("RB")) return "advmod";
                return "dep";
            case "SBAR" or "SBARQ":
                return "mark";
            case "ADJP" or "ADVP" or "QP" or "WHADVP" or "WHADJP":
                return cat is "PP" ? "obl" : "advmod";
            default:
                return cat is "PP" ? "obl" : "dep";
        }
    }

    private static bool Subordinated(PennTree sbar) =>
        sbar.Children.Any(c => c.IsLeaf && c.Label == "IN" && Subordinators.Contains(c.Word!));

    private static string? PrepositionOf(PennTree pp) =>
        pp.Children.FirstOrDefault(c => c.IsLeaf && c.Label is "IN" or "TO")?.Word?.ToLowerInvariant();

    // An S whose VP begins with "to", with or without a subject, is an infinitival complement.
    private static bool IsInfinitive(PennTree s)
    {
        var vp = s.Children.FirstOrDefault(c => c.Category == "VP");
        return vp is not null && vp.Children.Count > 0 && vp.Children[0].IsLeaf && vp.Children[0].Label == "TO";
    }

    private static bool HasCommaBefore(PennTree parent, int i) => i > 0 && parent.Children[i - 1].Label == ",";

    private static string Upos(string tag, string? relation) => tag switch
    {
        "MD" => "AUX",
        _ when tag.StartsWith("VB") => relation is "aux" or "aux:pass" ? "AUX" : "VERB",
        "NN" or "NNS" => "NOUN",
        "NNP" or "NNPS" => "PROPN",
        "PRP" or "WP" or "EX" => "PRON",
        "PRP$" or "WP$" or "DT" or "PDT" or "WDT" => "DET",
        _ when tag.StartsWith("JJ") => "ADJ",
        _ when tag.StartsWith("RB") || tag == "WRB" => "ADV",
        "IN" => relation == "mark" ? "SCONJ" : "ADP",
        "TO" or "POS" or "RP" => "PART",
        "CD" => "NUM",
        "CC" => "CCONJ",
        "UH" => "INTJ",
        "SYM" or "$" => "SYM",
        "FW" or "LS" => "X",
        _ => "PUNCT",
    };
}
