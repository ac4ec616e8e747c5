namespace Entente.Text.Corpora;

/// <summary>Writes IOB2 sentences in the UNER layout, the inverse of <see cref="Iob2Reader"/>.</summary>
public static class Iob2Writer
{
    /// <summary>Writes one sentence followed by a blank line.</summary>
    public static void Write(TextWriter w, Iob2Sentence s)
    {
        foreach (var c in s.Comments) { w.Write('#'); w.WriteLine(c); }
        for (int i = 0; i < s.Tokens.Count; i++)
        {
            w.Write($"{i + 1}\t{s.Tokens[i]}\t{s.Tags[i]}");
            var extra = i < s.Extra.Count ? s.Extra[i] : null;
            if (extra is not null) { w.Write('\t'); w.Write(extra); }
            w.WriteLine();
        }
        w.WriteLine();
    }
}
