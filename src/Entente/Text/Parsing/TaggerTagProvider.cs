using Entente.Text.Corpora;
using Entente.Text.Tagging;

namespace Entente.Text.Parsing;

/// <summary>Tags corpus sentences with one of our taggers, as the pipeline does at run time.</summary>
public sealed class TaggerTagProvider(PerceptronTagger tagger, string name) : ITagProvider
{
    /// <inheritdoc/>
    public string Name => name;

    /// <inheritdoc/>
    public (string Upos, string Xpos)[] Tag(ConlluSentence sentence)
    {
        var words = sentence.Words.Select(w => w.Form).ToArray();
        var classes = new int[words.Length];
        tagger.Tag(words, classes);
        return classes.Select(c => (tagger.Tags.Upos(c), tagger.Tags.Xpos(c))).ToArray();
    }
}
