using Entente.Model;

namespace Entente.Coding.Validation;

public static partial class PennDependencyConverter
{
    // "(NP (NNP Mordor) (, ,) (NNP Rohan) (CC and) (NNP Bree))": a flat coordination of names.
    private static bool IsLeafCoordination(PennTree node) =>
        node.Category == "NP" && node.Children.All(c => c.IsLeaf) && node.Children.Any(c => c.Label == "CC")
        && Segments(node).Count(s => s.Any(i => IsNounTag(node.Children[i].Label))) >= 2;

    private static List<List<int>> Segments(PennTree node)
    {
        var segments = new List<List<int>> { new() };
        for (int i = 0; i < node.Children.Count; i++)
        {
            var c = node.Children[i];
            if (c.Label is "," or "CC" or ":") { if (segments[^1].Count > 0) segments.Add([]); continue; }
            segments[^1].Add(i);
        }
        segments.RemoveAll(s => s.Count == 0);
        return segments;
    }

    private static int SegmentHead(PennTree node, List<int> segment)
    {
        for (int k = segment.Count - 1; k >= 0; k--) if (IsNounTag(node.Children[segment[k]].Label)) return segment[k];
        return segment[^1];
    }

    private static int LeafCoordinationHead(PennTree node) => SegmentHead(node, Segments(node)[0]);

    private static void AttachLeafCoordination(PennTree node, int head, Token[] tokens)
    {
        var segments = Segments(node);
        var segmentHeads = segments.Select(s => node.Children[SegmentHead(node, s)].Index).ToList();
        for (int s = 0; s < segments.Count; s++)
        {
            int sh = segmentHeads[s];
            if (sh != head) { tokens[sh].Head = head; tokens[sh].Relation = "conj"; }
            foreach (var i in segments[s])
            {
                var leaf = node.Children[i];
                if (leaf.Index == sh) continue;
                tokens[leaf.Index].Head = sh;
                tokens[leaf.Index].Relation = leaf.Label switch
                {
                    "DT" or "PDT" => "det",
                    "PRP$" => "nmod:poss",
                    "JJ" or "JJR" or "JJS" => "amod",
                    "CD" => "nummod",
                    _ => "compound",
                };
            }
        }
        for (int i = 0; i < node.Children.Count; i++)
        {
            var c = node.Children[i];
            if (c.Label is not ("," or "CC" or ":")) continue;
            int next = segmentHeads.FirstOrDefault(h => h > c.Index, head);
            tokens[c.Index].Head = c.Label == "CC" ? next : head;
            tokens[c.Index].Relation = c.Label == "CC" ? "cc" : "punct";
        }
    }
}
