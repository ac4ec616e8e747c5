using Entente.Text.Corpora;

namespace Entente.Text.Parsing;

/// <summary>A training sentence: its hashed input and its projectivised gold tree (label ids).</summary>
internal sealed class TrainingExample
{
    public required ParserInput Input { get; init; }
    /// <summary>Gold heads indexed 1..n (0 = root); index 0 unused.</summary>
    public required int[] Heads { get; init; }
    /// <summary>Gold label ids indexed 1..n; index 0 unused.</summary>
    public required int[] Labels { get; init; }

    /// <summary>
    /// Projectivises every sentence, keeps lifted labels seen at least <paramref name="minLifted"/>
    /// times (rarer ones fall back to their own label), and builds the label set.
    /// </summary>
    public static TrainingExample[] Build(IReadOnlyList<ConlluSentence> sentences, ITagProvider tags, int minLifted, out LabelSet labels, out int lifts)
    {
        var trees = new List<(ConlluSentence S, int[] H, string[] L)>(sentences.Count);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        lifts = 0;
        foreach (var s in sentences)
        {
            int n = s.Words.Count;
            if (n == 0 || s.Words.Any(w => w.Head < 0)) continue;
            var h = new int[n + 1];
            var l = new string[n + 1];
            l[0] = "";
            for (int i = 1; i <= n; i++) { h[i] = s.Words[i - 1].Head; l[i] = s.Words[i - 1].Relation; }
            if (h.Skip(1).Count(x => x == 0) != 1) continue; // the parser builds single-rooted trees
            lifts += PseudoProjective.Projectivize(h, l);
            for (int i = 1; i <= n; i++) counts[l[i]] = counts.GetValueOrDefault(l[i]) + 1;
            trees.Add((s, h, l));
        }
        foreach (var (_, _, l) in trees)
            for (int i = 1; i < l.Length; i++)
                if (l[i].Contains(PseudoProjective.Separator) && counts[l[i]] < minLifted) l[i] = PseudoProjective.BaseLabel(l[i]);
        labels = new LabelSet(trees.SelectMany(t => t.L.Skip(1)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        var result = new TrainingExample[trees.Count];
        for (int k = 0; k < trees.Count; k++)
        {
            var (s, h, l) = trees[k];
            var t = tags.Tag(s);
            var input = new ParserInput();
            input.Reset(s.Words.Count);
            for (int i = 0; i < s.Words.Count; i++) input.Set(i, s.Words[i].Form, t[i].Upos, t[i].Xpos);
            var ids = new int[l.Length];
            for (int i = 1; i < l.Length; i++) ids[i] = labels.IdOf(l[i]);
            result[k] = new TrainingExample { Input = input, Heads = h, Labels = ids };
        }
        return result;
    }
}
