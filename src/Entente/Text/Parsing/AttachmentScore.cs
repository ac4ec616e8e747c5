using Entente.Text.Corpora;

namespace Entente.Text.Parsing;

/// <summary>Unlabelled and labelled attachment scores over every syntactic word (punctuation included).</summary>
/// <param name="Words">Words scored.</param>
/// <param name="HeadsCorrect">Words with the gold head.</param>
/// <param name="LabelledCorrect">Words with the gold head and the gold relation (subtypes included).</param>
/// <param name="BaseLabelledCorrect">Words with the gold head and gold relation ignoring subtypes (CoNLL 2018 LAS).</param>
public readonly record struct AttachmentScore(long Words, long HeadsCorrect, long LabelledCorrect, long BaseLabelledCorrect)
{
    /// <summary>Unlabelled attachment score, in percent.</summary>
    public double Uas => Words == 0 ? 0 : 100.0 * HeadsCorrect / Words;
    /// <summary>Labelled attachment score (full relations), in percent.</summary>
    public double Las => Words == 0 ? 0 : 100.0 * LabelledCorrect / Words;
    /// <summary>Labelled attachment score on universal relations without subtypes, in percent.</summary>
    public double BaseLas => Words == 0 ? 0 : 100.0 * BaseLabelledCorrect / Words;

    /// <summary>Sum of two scores.</summary>
    public static AttachmentScore operator +(AttachmentScore a, AttachmentScore b) =>
        new(a.Words + b.Words, a.HeadsCorrect + b.HeadsCorrect, a.LabelledCorrect + b.LabelledCorrect, a.BaseLabelledCorrect + b.BaseLabelledCorrect);

    /// <summary>Scores one parsed sentence (0-based heads, -1 = root) against its gold words.</summary>
    public static AttachmentScore Of(ConlluSentence gold, ReadOnlySpan<int> heads, ReadOnlySpan<string> relations)
    {
        long h = 0, l = 0, b = 0;
        for (int i = 0; i < gold.Words.Count; i++)
        {
            var w = gold.Words[i];
            if (w.Head - 1 != heads[i]) continue;
            h++;
            if (w.Relation == relations[i]) l++;
            if (Universal(w.Relation).SequenceEqual(Universal(relations[i]))) b++;
        }
        return new AttachmentScore(gold.Words.Count, h, l, b);
    }

    private static ReadOnlySpan<char> Universal(string r)
    {
        int colon = r.IndexOf(':');
        return colon < 0 ? r : r.AsSpan(0, colon);
    }
}
