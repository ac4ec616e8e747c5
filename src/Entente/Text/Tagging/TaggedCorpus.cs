using Entente.Text.Corpora;

namespace Entente.Text.Tagging;

/// <summary>Reads tagger training data from CoNLL-U (syntactic words with their UPOS and XPOS).</summary>
public static class TaggedCorpus
{
    /// <summary>One <see cref="TaggedSentence"/> per CoNLL-U sentence.</summary>
    public static List<TaggedSentence> Read(string conlluPath) =>
        ConlluReader.ReadFile(conlluPath).Select(FromConllu).ToList();

    /// <summary>Converts one CoNLL-U sentence.</summary>
    public static TaggedSentence FromConllu(ConlluSentence s) => new(
        s.Words.Select(w => w.Form).ToArray(),
        s.Words.Select(w => w.Upos).ToArray(),
        s.Words.Select(w => w.Xpos).ToArray(),
        s.Words.Select(w => w.Lemma).ToArray());
}
