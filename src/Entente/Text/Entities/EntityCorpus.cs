using Entente.Text.Corpora;
using Entente.Text.Tagging;

namespace Entente.Text.Entities;

/// <summary>Reads an IOB2 corpus and tags it with our POS tagger, giving recognizer inputs.</summary>
public static class EntityCorpus
{
    /// <summary>
    /// Reads a training corpus whose sentences are also in <paramref name="treebankPath"/> (matched
    /// by <c>sent_id</c>) and tags each sentence with a tagger trained on the treebank without that
    /// sentence's fold, so the recognizer trains on POS tags as noisy as it will see at run time.
    /// </summary>
    public static List<EntitySentence> ReadJackknifed(string path, string treebankPath, int folds = 5, Action<string>? log = null)
    {
        var sentences = Iob2Reader.ReadFile(path);
        var treebank = Corpora.ConlluReader.ReadFile(treebankPath).ToList();
        var foldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < sentences.Count; i++) if (sentences[i].SentId is { } id) foldOf[id] = i % folds;
        var xpos = new string[sentences.Count][];
        var gate = new object();
        // The folds' taggers are independent (each its own seed), so they train on all cores with the same result.
        Parallel.For(0, folds, k =>
        {
            var train = treebank.Where(t => t.SentId is null || !foldOf.TryGetValue(t.SentId, out int f) || f != k)
                .Select(TaggedCorpus.FromConllu).ToList();
            var tagger = TaggerTrainer.Train(train, iterations: 5, seed: k + 1, twoPass: false);
            for (int i = k; i < sentences.Count; i += folds)
            {
                var words = sentences[i].Tokens.ToArray();
                var classes = new int[words.Length];
                tagger.Tag(words, classes);
                xpos[i] = classes.Select(tagger.Tags.Xpos).ToArray();
            }
            if (log is not null) lock (gate) log($"POS jackknife fold {k + 1}/{folds} done");
        });
        return sentences.Select((s, i) => new EntitySentence(s.Tokens.ToArray(), xpos[i], s.Tags.ToArray(), DocOf(s.SentId))).ToList();
    }

    /// <summary>Reads <paramref name="path"/> (tags normalised to PER/ORG/LOC) and POS-tags it with <paramref name="tagger"/>.</summary>
    public static List<EntitySentence> Read(string path, PerceptronTagger tagger)
    {
        var result = new List<EntitySentence>();
        foreach (var s in Iob2Reader.ReadFile(path))
        {
            var words = s.Tokens.ToArray();
            var classes = new int[words.Length];
            tagger.Tag(words, classes);
            result.Add(new EntitySentence(words, classes.Select(tagger.Tags.Xpos).ToArray(), s.Tags.ToArray(), DocOf(s.SentId)));
        }
        return result;
    }

    /// <summary>The document of an EWT sentence id ("answers-20070404104007AAY1Chs_ans-0002" → "answers-20070404104007AAY1Chs_ans").</summary>
    public static string? DocOf(string? sentId)
    {
        if (sentId is null) return null;
        int dash = sentId.LastIndexOf('-');
        return dash > 0 ? sentId[..dash] : sentId;
    }
}
