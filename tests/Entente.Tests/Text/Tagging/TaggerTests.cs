using Entente.Text;
using Entente.Text.Tagging;

namespace Entente.Tests.Text.Tagging;

public class TaggerTests
{
    private static readonly TaggedSentence[] Toy =
    [
        new(["the", "dog", "runs"], ["DET", "NOUN", "VERB"], ["DT", "NN", "VBZ"]),
        new(["a", "cat", "sleeps"], ["DET", "NOUN", "VERB"], ["DT", "NN", "VBZ"]),
        new(["the", "cat", "runs"], ["DET", "NOUN", "VERB"], ["DT", "NN", "VBZ"]),
    ];

    [Fact]
    public void SaveLoadRoundTripTagsTheSame()
    {
        var tagger = TaggerTrainer.Train(Toy, iterations: 5, seed: 3);
        var ms = new MemoryStream();
        tagger.Save(ms);
        ms.Position = 0;
        var back = PerceptronTagger.Load(ms, "toy");
        var a = new int[3]; var b = new int[3];
        foreach (var s in Toy)
        {
            tagger.Tag(s.Words, a);
            back.Tag(s.Words, b);
            Assert.Equal(a, b);
            Assert.Equal(s.Xpos, a.Select(tagger.Tags.Xpos));
        }
    }

    [Fact]
    public void WrongModelKindIsRefused()
    {
        var ms = new MemoryStream();
        Entente.Text.Lemmas.LemmatizerTrainer.Train([new("dogs", "NNS", "dog")]).Save(ms);
        ms.Position = 0;
        var ex = Assert.Throws<InvalidDataException>(() => PerceptronTagger.Load(ms, "lemmas.bin"));
        Assert.Contains("lemmas.bin", ex.Message);
    }

    [SharedDataFact(SharedData.EwtDev)]
    public void ShippedTaggerMeetsFloorOnDevSlice()
    {
        var gold = TaggedCorpus.Read(SharedData.File(SharedData.EwtDev)!).Take(300).ToList();
        var acc = TaggerEvaluation.Run(TextModels.Tagger, gold, TextModels.Lemmatizer);
        Assert.True(acc.Upos >= 93.0, $"UPOS {acc.Upos:F2}% on the first 300 dev sentences");
        Assert.True(acc.Xpos >= 92.0, $"XPOS {acc.Xpos:F2}%");
        Assert.True(acc.Lemma >= 95.0, $"lemma {acc.Lemma:F2}%");
    }
}
