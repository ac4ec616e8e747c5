namespace Entente.Text.Corpora;

/// <summary>Writes sentences as CoNLL-U, the inverse of <see cref="ConlluReader"/>.</summary>
public static class ConlluWriter
{
    /// <summary>Writes one sentence followed by a blank line.</summary>
    public static void Write(TextWriter w, ConlluSentence s)
    {
        foreach (var c in s.Comments) { w.Write('#'); w.WriteLine(c); }
        int nextToken = 0;
        int emptyIndex = 0;
        foreach (var word in s.Words)
        {
            while (nextToken < s.Tokens.Count && s.Tokens[nextToken].FirstWord <= word.Id)
            {
                var t = s.Tokens[nextToken++];
                if (t.IsMultiword) w.WriteLine($"{t.FirstWord}-{t.LastWord}\t{t.Form}\t_\t_\t_\t_\t_\t_\t_\t{t.Misc}");
            }
            // Empty nodes with id "0.k" precede word 1; "n.k" follow word n.
            while (emptyIndex < s.EmptyNodeLines.Count && EmptyParent(s.EmptyNodeLines[emptyIndex]) < word.Id)
                w.WriteLine(s.EmptyNodeLines[emptyIndex++]);
            string head = word.Head < 0 ? "_" : word.Head.ToString();
            w.WriteLine($"{word.Id}\t{word.Form}\t{word.Lemma}\t{word.Upos}\t{word.Xpos}\t{word.Feats}\t{head}\t{word.Relation}\t{word.Deps}\t{word.Misc}");
        }
        while (emptyIndex < s.EmptyNodeLines.Count) w.WriteLine(s.EmptyNodeLines[emptyIndex++]);
        w.WriteLine();
    }

    private static int EmptyParent(string line)
    {
        int dot = line.IndexOf('.');
        return dot > 0 && int.TryParse(line.AsSpan(0, dot), out int n) ? n : int.MaxValue;
    }
}
