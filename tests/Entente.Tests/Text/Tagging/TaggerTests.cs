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
    public void SecondPassMarginSurvivesSaveAndLoad()
    {
        var tagger = TaggerTrainer.Train(Toy, iterations: 5, seed: 3, twoPass: true, secondPassMargin: 7.5f);
        var ms = new MemoryStream();
        tagger.Save(ms);
        ms.Position = 0;
        Assert.Equal(7.5f, PerceptronTagger.Load(ms, "toy").SecondPassMargin);
    }

    [Fact]
    public void ZeroMarginKeepsEveryFirstPassTag()
    {
        // With margin 0 no word is re-tagged, so the two-pass tagger must agree with the single-pass one
        // (its first pass is trained identically).
        var single = TaggerTrainer.Train(Toy, iterations: 5, seed: 3, twoPass: false);
        var lazy = TaggerTrainer.Train(Toy, iterations: 5, seed: 3, twoPass: true, secondPassMargin: 0f);
        string[] words = ["a", "dog", "sleeps", "the", "cat"];
        var a = new int[words.Length]; var b = new int[words.Length];
        single.Tag(words, a);
        lazy.Tag(words, b);
        Assert.Equal(a, b);
    }

    [Fact]
    public void WordClassesTagUnknownWordsLikeTheKnownWordsOfTheirClass()
    {
        // "wug" and "dax" never occur in training and look alike; only their classes say which is the noun.
        TaggedSentence[] toy =
        [
            new(["blick"], ["NOUN"], ["NN"]), new(["florp"], ["NOUN"], ["NN"]),
            new(["zarg"], ["VERB"], ["VB"]), new(["quim"], ["VERB"], ["VB"]),
        ];
        Entente.Text.Learning.WordClusters[] clusters =
            [new([new("blick", 1), new("florp", 1), new("wug", 1), new("zarg", 2), new("quim", 2), new("dax", 2)])];
        var tagger = TaggerTrainer.Train(toy, iterations: 5, seed: 3, twoPass: false, clusters: clusters);
        var ms = new MemoryStream();
        tagger.Save(ms);
        ms.Position = 0;
        var back = PerceptronTagger.Load(ms, "toy");
        Assert.Equal(6, Assert.Single(back.Clusters).Count);
        var tag = new int[1];
        back.Tag(["wug"], tag);
        Assert.Equal("NN", back.Tags.Xpos(tag[0]));
        back.Tag(["dax"], tag);
        Assert.Equal("VB", back.Tags.Xpos(tag[0]));
    }

    [Fact]
    public void TheModelFileHoldsNoWordsOfItsTreebank()
    {
        var tagger = TaggerTrainer.Train(Toy, iterations: 5, seed: 3, twoPass: true, secondPassMargin: 10f);
        var ms = new MemoryStream();
        tagger.Save(ms);
        // The body is stored compressed: look in what it decompresses to.
        var text = Entente.Tests.Text.Models.ModelFileTests.BodyText(ms.ToArray(), PerceptronTagger.Kind);
        Assert.Contains("VBZ", text); // the tag names are stored as text, so words would be found too
        foreach (var word in new[] { "dog", "cat", "runs", "sleeps" }) Assert.DoesNotContain(word, text);
        ms.Position = 0;
        var back = PerceptronTagger.Load(ms, "toy");
        var tags = new int[3];
        back.Tag(["The", "cat", "runs"], tags); // "The" is found through its lowercase form
        Assert.Equal(["DT", "NN", "VBZ"], tags.Select(back.Tags.Xpos));
    }

    [Fact]
    public void ATruncatedModelNamesTheFile()
    {
        var ms = new MemoryStream();
        TaggerTrainer.Train(Toy, iterations: 2, seed: 3).Save(ms);
        var cut = new MemoryStream(ms.ToArray()[..(int)(ms.Length * 2 / 3)]);
        var ex = Assert.Throws<InvalidDataException>(() => PerceptronTagger.Load(cut, "tagger.bin"));
        Assert.Contains("tagger.bin", ex.Message);
    }

    [Fact]
    public void ACorruptCompressedBodyNamesTheFile()
    {
        var ms = new MemoryStream();
        TaggerTrainer.Train(Toy, iterations: 2, seed: 3).Save(ms);
        var bytes = ms.ToArray();
        for (int i = bytes.Length / 2; i < bytes.Length / 2 + 64 && i < bytes.Length; i++) bytes[i] ^= 0x5A;
        var ex = Assert.Throws<InvalidDataException>(() => PerceptronTagger.Load(new MemoryStream(bytes), "tagger.bin"));
        Assert.Contains("tagger.bin", ex.Message);
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
        // Measured: UPOS 95.81, XPOS 95.23, lemma 97.65 (two-pass tagger, models/MODEL_CARD.md).
        Assert.True(acc.Upos >= 95.0, $"UPOS {acc.Upos:F2}% on the first 300 dev sentences");
        Assert.True(acc.Xpos >= 94.5, $"XPOS {acc.Xpos:F2}%");
        Assert.True(acc.Lemma >= 96.5, $"lemma {acc.Lemma:F2}%");
    }
}
