using Entente.Model;

namespace Entente.Coding.Validation;

/// <summary>
/// Converts a Penn Treebank parse into Universal-Dependencies-style tokens (head, relation, UPOS, a guessed
/// lemma) with head rules in the manner of Collins and of the UD converters: content words head their
/// phrases (the verb under its auxiliaries, the noun under its preposition), coordination hangs on the first
/// conjunct, and relations come from the phrase categories. Good enough to drive the coder on given parses.
/// </summary>
public static partial class PennDependencyConverter
{
    /// <summary>Converts the tree; token offsets are into the words joined by single spaces.</summary>
    public static Token[] Convert(PennTree root)
    {
        var leaves = root.Leaves().ToList();
        var tokens = new Token[leaves.Count];
        int offset = 0;
        for (int i = 0; i < leaves.Count; i++)
        {
            var word = Unescape(leaves[i].Word!);
            tokens[i] = new Token(word, offset, offset + word.Length) { Xpos = leaves[i].Label, Head = -1 };
            offset += word.Length + 1;
        }
        var heads = new Dictionary<PennTree, int>(ReferenceEqualityComparer.Instance);
        HeadLeaf(root, heads);
        var passive = new bool[tokens.Length];
        MarkPassives(root, heads, passive);
        Attach(root, heads, passive, tokens);
        for (int i = 0; i < tokens.Length; i++)
        {
            ref var t = ref tokens[i];
            t.Upos = Upos(t.Xpos!, t.Relation);
            t.Lemma = GuessLemma(t.Text, t.Xpos!);
        }
        FixObjectControl(tokens);
        for (int i = 0; i < tokens.Length; i++) if (tokens[i].Head < 0) tokens[i].Relation = "root";
        return tokens;
    }

    /// <summary>The words joined by single spaces, matching the offsets of <see cref="Convert"/>.</summary>
    public static string Text(Token[] tokens) => string.Join(' ', tokens.Select(t => t.Text));

    private static string Unescape(string w) => w switch
    {
        "-LRB-" => "(", "-RRB-" => ")", "-LSB-" => "[", "-RSB-" => "]", "-LCB-" => "{", "-RCB-" => "}",
        "``" or "''" => "\"", _ => w,
    };

    private static int HeadLeaf(PennTree node, Dictionary<PennTree, int> heads)
    {
        if (heads.TryGetValue(node, out var h)) return h;
        if (node.IsLeaf) { heads[node] = node.Index; return node.Index; }
        foreach (var c in node.Children) HeadLeaf(c, heads);
        h = heads[node.Children[HeadChild(node, heads)]];
        heads[node] = h;
        return h;
    }

    private static void MarkPassives(PennTree node, Dictionary<PennTree, int> heads, bool[] passive)
    {
        if (node.IsLeaf) return;
        if (node.Category == "VP")
        {
            bool be = node.Children.Any(c => c.IsLeaf && c.Label.StartsWith("VB") && IsBeOrGet(c.Word!));
            var inner = node.Children.FirstOrDefault(c => c.Category == "VP");
            if (be && inner is not null)
            {
                int ih = heads[inner];
                var leaf = inner.Leaves().FirstOrDefault(l => l.Index == ih);
                if (leaf?.Label == "VBN") passive[ih] = true;
            }
        }
        foreach (var c in node.Children) MarkPassives(c, heads, passive);
    }

    private static void Attach(PennTree node, Dictionary<PennTree, int> heads, bool[] passive, Token[] tokens)
    {
        if (node.IsLeaf) return;
        int head = heads[node];
        if (IsLeafCoordination(node)) { AttachLeafCoordination(node, head, tokens); return; }
        int hc = HeadChild(node, heads);
        bool coordination = IsCoordination(node);
        int objects = node.Children.Skip(hc + 1).Count(c => c.Category == "NP" && !IsTemporal(c));
        int seenObjects = 0;
        for (int i = 0; i < node.Children.Count; i++)
        {
            var child = node.Children[i];
            if (i != hc)
            {
                int dep = heads[child];
                tokens[dep].Head = head;
                string rel = Relation(node, child, i, hc, coordination, passive[head], heads, tokens);
                if (rel == "obj" && objects == 2 && seenObjects++ == 0) rel = "iobj";
                tokens[dep].Relation = rel;
            }
            Attach(child, heads, passive, tokens);
        }
    }

    // "urged Bree to help": the treebank's subject of the infinitive is the object of the verb above.
    private static void FixObjectControl(Token[] tokens)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Relation != "xcomp") continue;
            int verb = tokens[i].Head;
            for (int j = 0; j < tokens.Length; j++)
                if (tokens[j].Head == i && tokens[j].Relation is "nsubj")
                {
                    tokens[j].Head = verb;
                    tokens[j].Relation = "obj";
                }
        }
    }
}
