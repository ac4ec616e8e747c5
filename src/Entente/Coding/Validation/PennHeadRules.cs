using System.Collections.Frozen;

namespace Entente.Coding.Validation;

public static partial class PennDependencyConverter
{
    private static readonly FrozenSet<string> BeGet = new[] { "is", "was", "were", "are", "be", "been", "being", "am", "'s", "'re", "get", "got", "gets", "gotten", "getting" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> Auxiliaries = new[] { "is", "was", "were", "are", "be", "been", "being", "am", "'s", "'re", "'m", "has", "have", "had", "having", "'ve", "'d", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> Subordinators = new[] { "if", "because", "when", "while", "after", "before", "although", "though", "as", "since", "unless", "until", "whereas", "once", "so" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> TimeWords = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "week", "month", "year", "day", "night", "morning", "evening", "weekend", "time", "years", "months", "weeks", "days" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool IsBeOrGet(string word) => BeGet.Contains(word);
    private static bool IsPunct(PennTree n) => n.IsLeaf && n.Label is "," or "." or ":" or "``" or "''" or "-LRB-" or "-RRB-" or "#" or "HYPH" or "NFP";
    private static bool IsNounTag(string t) => t is "NN" or "NNS" or "NNP" or "NNPS" or "NX" or "PRP" or "CD" or "JJR" or "EX";

    // "on Thursday", "last week": a bare noun phrase headed by a time word (not "Arnor on Thursday").
    private static bool IsTemporal(PennTree np) =>
        np.Label.Contains("TMP") || (np.Category == "NP" && np.Children.All(c => c.IsLeaf)
            && np.Children.LastOrDefault(c => c.Label.StartsWith("NN")) is { } l && TimeWords.Contains(l.Word!));

    private static bool IsCoordination(PennTree node) =>
        node.Children.Count >= 3 && node.Children.Any(c => c.Label is "CC" || c.Category == "CONJP")
        && node.Children.Count(c => !c.IsLeaf && SameKind(c.Category, node.Category)) >= 2;

    private static bool SameKind(string a, string b) =>
        a == b || (a is "S" or "SINV" or "SQ" && b is "S" or "SINV" or "SQ") || (a is "NP" or "NML" or "NX" && b is "NP" or "NML" or "NX");

    private static int First(PennTree node, Func<PennTree, bool> pred, bool fromRight = false)
    {
        var ch = node.Children;
        if (!fromRight) { for (int i = 0; i < ch.Count; i++) if (pred(ch[i])) return i; }
        else { for (int i = ch.Count - 1; i >= 0; i--) if (pred(ch[i])) return i; }
        return -1;
    }

    private static int HeadChild(PennTree node, Dictionary<PennTree, int> heads)
    {
        var ch = node.Children;
        if (ch.Count == 1) return 0;
        if (IsLeafCoordination(node)) return LeafCoordinationHead(node);
        if (IsCoordination(node))
        {
            int c = First(node, x => !x.IsLeaf && SameKind(x.Category, node.Category));
            if (c >= 0) return c;
        }
        int r;
        switch (node.Category)
        {
            case "S" or "SINV" or "SQ" or "S1":
                if ((r = First(node, x => x.Category == "VP")) >= 0) return r;
                if ((r = First(node, x => x.Category is "S" or "SINV" or "SQ")) >= 0) return r;
                if ((r = First(node, x => x.IsLeaf && x.Label.StartsWith("VB"))) >= 0) return r;
                break;
            case "VP":
            {
                int verb = First(node, x => x.IsLeaf && (x.Label.StartsWith("VB") || x.Label == "MD"));
                int inner = First(node, x => x.Category == "VP");
                if (inner >= 0 && (verb < 0 || node.Children[verb].Label == "MD" || (Auxiliaries.Contains(node.Children[verb].Word!) && verb < inner)))
                    return inner;
                if (verb >= 0) return verb;
                if ((r = First(node, x => x.Category is "S" or "SBAR" or "VP")) >= 0) return r;
                if ((r = First(node, x => x.Category is "ADJP" or "NP")) >= 0) return r;
                break;
            }
            case "NP" or "NML" or "NX" or "WHNP" or "NAC":
            {
                int last = First(node, x => !IsPunct(x), fromRight: true);
                if (last > 0 && node.Children[last].Label == "POS") return last - 1;
                if ((r = First(node, x => x.IsLeaf && x.Label is "NN" or "NNS" or "NNP" or "NNPS" or "NX" or "PRP" or "EX", fromRight: true)) >= 0
                    && !node.Children.Skip(r + 1).Any(x => x.Category is "NP")) return r;
                if ((r = First(node, x => x.Category is "NP" or "NML")) >= 0) return r;
                if ((r = First(node, x => x.IsLeaf && IsNounTag(x.Label), fromRight: true)) >= 0) return r;
                if ((r = First(node, x => x.Category is "ADJP" or "QP" or "PRN")) >= 0) return r;
                break;
            }
            case "PP" or "WHPP":
                if ((r = First(node, x => !x.IsLeaf && x.Category is not ("ADVP" or "PRN"))) >= 0) return r;
                if ((r = First(node, x => x.IsLeaf && x.Label is "IN" or "TO" or "RP")) >= 0) return r;
                break;
            case "SBAR" or "SBARQ":
                if ((r = First(node, x => x.Category is "S" or "SQ" or "SINV" or "FRAG" or "SBAR")) >= 0) return r;
                if ((r = First(node, x => !x.IsLeaf)) >= 0) return r;
                break;
            case "ADJP" or "WHADJP":
                if ((r = First(node, x => x.IsLeaf && x.Label is "JJ" or "JJR" or "JJS" or "VBN" or "VBG")) >= 0) return r;
                break;
            case "ADVP" or "WHADVP":
                if ((r = First(node, x => x.IsLeaf && x.Label.StartsWith("RB"), fromRight: true)) >= 0) return r;
                break;
            case "QP":
                if ((r = First(node, x => x.IsLeaf && x.Label == "CD", fromRight: true)) >= 0) return r;
                break;
        }
        r = First(node, x => !IsPunct(x));
        return r < 0 ? 0 : r;
    }
}
