using Entente.Text.Corpora;
using Entente.Text.Tagging;

namespace Entente.Text.Entities;

/// <summary>Reads an IOB2 corpus and tags it with our POS tagger, giving recognizer inputs.</summary>
public static class EntityCorpus
{
    /// <summary>Reads <paramref name="path"/> (tags normalised to PER/ORG/LOC) and POS-tags it with <paramref name="tagger"/>.</summary>
    public static List<EntitySentence> Read(string path, PerceptronTagger tagger)
    {
        var result = new List<EntitySentence>();
        foreach (var s in Iob2Reader.ReadFile(path))
        {
            var words = s.Tokens.ToArray();
            var classes = new int[words.Length];
            tagger.Tag(words, classes);
            result.Add(new EntitySentence(words, classes.Select(tagger.Tags.Xpos).ToArray(), s.Tags.ToArray()));
        }
        return result;
    }
}
