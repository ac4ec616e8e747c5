using Entente.Model;
using Entente.Text;
using Entente.Text.Entities;
using Entente.Text.Learning;

namespace Entente.Tests.Text.Entities;

public class EntityTests
{
    private static readonly EntitySentence[] Toy =
    [
        new(["John", "Smith", "visited", "Paris", "."], ["NNP", "NNP", "VBD", "NNP", "."], ["B-PER", "I-PER", "O", "B-LOC", "O"]),
        new(["Mary", "Jones", "left", "Berlin", "."], ["NNP", "NNP", "VBD", "NNP", "."], ["B-PER", "I-PER", "O", "B-LOC", "O"]),
        new(["Acme", "Corp", "hired", "Bob", "."], ["NNP", "NNP", "VBD", "NNP", "."], ["B-ORG", "I-ORG", "O", "B-PER", "O"]),
    ];

    [Fact]
    public void LabelsConvertBetweenIob2AndBilou()
    {
        var labels = new EntityLabels(["PER", "LOC"]);
        var ids = labels.FromIob2(["B-PER", "I-PER", "I-PER", "O", "B-LOC", "I-LOC", "B-LOC"]);
        Assert.Equal(["B-PER", "I-PER", "L-PER", "O", "B-LOC", "L-LOC", "U-LOC"], ids.Select(labels.Name));
        Assert.Equal(["B-PER", "I-PER", "I-PER", "O", "B-LOC", "I-LOC", "B-LOC"], ids.Select(labels.ToIob2));
        Assert.False(labels.CanFollow(-1, labels.IndexOf("I-PER")));
        Assert.False(labels.CanFollow(labels.IndexOf("B-PER"), labels.IndexOf("O")));
        Assert.True(labels.CanFollow(labels.IndexOf("B-PER"), labels.IndexOf("L-PER")));
    }

    [Fact]
    public void SpansFollowConllevalForStrayInsideTags()
    {
        var spans = EntitySpans.FromIob2(["I-PER", "I-PER", "O", "B-LOC", "I-ORG"]);
        Assert.Equal([new EntitySpan(0, 2, "PER"), new EntitySpan(3, 1, "LOC"), new EntitySpan(4, 1, "ORG")], spans);
    }

    [Fact]
    public void GazetteerPrefersTheLongestName()
    {
        var gaz = new WordListGazetteer([(["New", "York"], "LOC"), (["New", "York", "Times"], "ORG"), (["York"], "LOC")]);
        var hits = new GazetteerHit[5];
        gaz.Match(["the", "new", "York", "Times", "York"], hits);
        Assert.Equal([null, "ORG", "ORG", "ORG", "LOC"], hits.Select(h => h.Type));
        Assert.True(hits[1].Begins);
        Assert.False(hits[2].Begins);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TrainedModelSurvivesSaveAndLoad(bool documentPass)
    {
        var ner = EntityTrainer.Train(Toy, ["PER", "ORG", "LOC"], iterations: 8, seed: 2, stacked: documentPass);
        Assert.Equal(documentPass, ner.SecondWeights is not null);
        var ms = new MemoryStream();
        ner.Save(ms);
        ms.Position = 0;
        var back = EntityRecognizer.Load(ms, "toy");
        var a = new int[5]; var b = new int[5];
        foreach (var s in Toy)
        {
            ner.Recognize(s.Words, s.Xpos, a);
            back.Recognize(s.Words, s.Xpos, b);
            Assert.Equal(a, b);
            Assert.Equal(s.Tags, a.Select(ner.Labels.ToIob2));
        }
        Assert.Equal(ner.Names.Count, back.Names.Count);
        Assert.Equal(ner.Profile.Entries.OrderBy(e => e.Key), back.Profile.Entries.OrderBy(e => e.Key));
        var docLabels = Toy.Select(s => new int[s.Words.Length]).ToList();
        back.RecognizeDocument(Toy.Select(s => s.Words).ToList(), Toy.Select(s => s.Xpos).ToList(), docLabels);
        Assert.Equal(Toy.Select(s => s.Tags), docLabels.Select(l => l.Select(ner.Labels.ToIob2).ToArray()));
    }

    [Fact]
    public void BaggedModelsTrainedInParallelGiveTheSameFileEveryTime()
    {
        static byte[] Train(int bags)
        {
            var ner = EntityTrainer.Train(Toy, ["PER", "ORG", "LOC"], iterations: 3, seed: 2, bags: bags, stacked: true);
            var ms = new MemoryStream();
            ner.Save(ms);
            return ms.ToArray();
        }
        var first = Train(4);
        Assert.Equal(first, Train(4));
        // The bags really are different models: averaging them is not one model's weights.
        Assert.NotEqual(first, Train(1));
    }

    [Fact]
    public void CaseProfileIsSavedWithTheModel()
    {
        var trained = EntityTrainer.Train(Toy, ["PER", "ORG", "LOC"], iterations: 2, seed: 2);
        var profile = CaseProfile.Build([["We", "drove", "to", "Delaware", "and", "Dover", "."]]);
        var ner = new EntityRecognizer(trained.Labels, trained.Weights, null, trained.Names, trained.Lexicon, trained.Meta, profile);
        var ms = new MemoryStream();
        ner.Save(ms);
        ms.Position = 0;
        var back = EntityRecognizer.Load(ms, "toy");
        Assert.Equal(profile.Count, back.Profile.Count);
        Assert.Equal(profile.Of("delaware"), back.Profile.Of("Delaware"));
        Assert.NotEqual(CaseProfile.Unknown, back.Profile.Of("dover"));
    }

    [Fact]
    public void WordListAndClustersAreSavedWithTheModel()
    {
        var list = WordListCase.FromWords(["Paris", "Berlin", "visited", "left", "hired"]);
        Entente.Text.Learning.WordClusters[] clusters =
        [
            new([new("paris", 1), new("berlin", 1), new("oslo", 1), new("john", 2), new("mary", 2)]),
            new([new("paris", 4), new("oslo", 4)]),
        ];
        var ner = EntityTrainer.Train(Toy, ["PER", "ORG", "LOC"], iterations: 8, seed: 2, wordList: list, clusters: clusters);
        var ms = new MemoryStream();
        ner.Save(ms);
        ms.Position = 0;
        var back = EntityRecognizer.Load(ms, "toy");
        Assert.Equal(list.Count, back.WordList.Count);
        Assert.Equal(WordListCase.Capitalised, back.WordList.Of("paris"));
        Assert.Equal([5, 2], back.Clusters.Select(c => c.Count));
        Assert.Equal(1, back.Clusters[0].Of("Oslo"));
        string[] words = ["Mary", "Jones", "left", "Oslo", "."];
        string[] tags = ["NNP", "NNP", "VBD", "NNP", "."];
        var a = new int[5]; var b = new int[5];
        ner.Recognize(words, tags, a);
        back.Recognize(words, tags, b);
        Assert.Equal(a, b);
        foreach (var s in Toy)
        {
            back.Recognize(s.Words, s.Xpos, b);
            Assert.Equal(s.Tags, b.Select(ner.Labels.ToIob2));
        }
    }

    [Fact]
    public void TheModelFileHoldsNoTrainingNamesOrWords()
    {
        var ner = EntityTrainer.Train(Toy, ["PER", "ORG", "LOC"], iterations: 2, seed: 2,
            lexicon: [(["Gotham", "City"], "LOC")]);
        var ms = new MemoryStream();
        ner.Save(ms);
        // The body is stored compressed: look in what it decompresses to.
        var text = Entente.Tests.Text.Models.ModelFileTests.BodyText(ms.ToArray(), EntityRecognizer.Kind);
        Assert.Contains("ORG", text); // the type names are stored as text, so names would be found too
        foreach (var word in new[] { "smith", "Smith", "berlin", "Berlin", "acme", "gotham", "visited" }) Assert.DoesNotContain(word, text);
        ms.Position = 0;
        var back = EntityRecognizer.Load(ms, "toy");
        var hits = new GazetteerHit[3];
        back.Names.Match(["met", "john", "SMITH"], hits);
        Assert.Equal([null, "PER", "PER"], hits.Select(h => h.Type));
        back.Lexicon.Match(["in", "gotham", "city"], hits);
        Assert.Equal([null, "LOC", "LOC"], hits.Select(h => h.Type));
    }

    [Fact]
    public void ATruncatedModelNamesTheFile()
    {
        var ner = EntityTrainer.Train(Toy, ["PER", "ORG", "LOC"], iterations: 2, seed: 2);
        var ms = new MemoryStream();
        ner.Save(ms);
        var cut = new MemoryStream(ms.ToArray()[..(int)(ms.Length / 2)]);
        var ex = Assert.Throws<InvalidDataException>(() => EntityRecognizer.Load(cut, "ner.bin"));
        Assert.Contains("ner.bin", ex.Message);
    }

    [Fact]
    public void PruningKeepsTheLabelsAndSaysSoInTheMeta()
    {
        var ner = EntityTrainer.Train(Toy, ["PER", "ORG", "LOC"], iterations: 4, seed: 2, stacked: true);
        var pruned = ner.Pruned(0.5f);
        Assert.True(pruned.Weights.WeightCount < ner.Weights.WeightCount, $"{pruned.Weights.WeightCount} of {ner.Weights.WeightCount} weights kept");
        Assert.True(pruned.SecondWeights!.WeightCount < ner.SecondWeights!.WeightCount);
        Assert.Equal("0.5", pruned.Meta["pruned"]);
        foreach (var s in Toy)
        {
            var a = new int[s.Words.Length];
            var b = new int[s.Words.Length];
            ner.Recognize(s.Words, s.Xpos, a);
            pruned.Recognize(s.Words, s.Xpos, b);
            Assert.Equal(a, b);
        }
    }

    [Fact]
    public void DocumentFoldsNeverSplitADocument()
    {
        var data = new List<EntitySentence>();
        foreach (var d in new[] { "a", "a", "b", "c", "c", "c", "d", "e" })
            data.Add(new(["x"], ["NN"], ["O"], d));
        var folds = EntityTrainer.DocumentFolds(data, 3);
        for (int i = 1; i < data.Count; i++)
            if (data[i].Doc == data[i - 1].Doc) Assert.Equal(folds[i - 1], folds[i]);
        Assert.Equal([0, 1, 2], folds.Distinct().Order());
    }

    [Fact]
    public void LongOddWordsDoNotOverflowFeatureBuffers()
    {
        var ner = EntityTrainer.Train(Toy, ["PER", "ORG", "LOC"], iterations: 2, seed: 2);
        var odd = string.Concat(Enumerable.Repeat("a1.B-", 40));
        string[] words = [odd, odd, odd, "Paris", odd];
        var labels = new int[words.Length];
        ner.Recognize(words, ["NN", "NN", "NN", "NNP", "NN"], labels);
        Assert.Equal(words.Length, labels.Length);
    }

    [Fact]
    public void AnEntityBeforeAPossessiveCitesOnlyItsOwnWord()
    {
        const string text = "Russia's foreign minister didn't come.";
        var doc = new Document(new DocumentMetadata { Id = "t" }, text);
        new Entente.Pipeline.DocumentPipeline([.. TextPipeline.Segmentation(), .. TextPipeline.Tagging(), .. TextPipeline.Entities()]).Process(doc);
        var e = Assert.Single(doc.Sentences[0].Entities);
        Assert.Equal(("Russia", new CharSpan(0, 6)), (e.Text, e.Span));
    }

    [Fact]
    public void AnAcronymGetsTheTypeOfTheNameItAbbreviatesInTheDocument()
    {
        string[][] words =
        [
            ["They", "complained", "about", "the", "Mountain", "Water", "Trust", "Authority", "last", "week", "."],
            ["Residents", "say", "MWTA", "ignored", "them", "."],
        ];
        string[][] xpos =
        [
            ["PRP", "VBD", "IN", "DT", "NNP", "NNP", "NNP", "NNP", "JJ", "NN", "."],
            ["NNS", "VBP", "NN", "VBD", "PRP", "."],
        ];
        var labels = words.Select(s => new int[s.Length]).ToList();
        var ner = TextModels.Entities;
        ner.RecognizeDocument(words, xpos, labels);
        Assert.Equal("ORG", ner.Labels.Name(labels[0][4])[2..]);
        Assert.Equal("U-ORG", ner.Labels.Name(labels[1][2]));
    }

    [SharedDataFact(SharedData.UnerDev)]
    public void ShippedRecognizerMeetsFloorOnDevSlice()
    {
        var gold = EntityCorpus.Read(SharedData.File(SharedData.UnerDev)!, TextModels.Tagger).Take(600).ToList();
        var scores = EntityEvaluation.Run(TextModels.Entities, gold);
        Assert.True(scores.Overall.Gold > 50, "the slice has entities");
        Assert.True(scores.Overall.F1 >= 76.0, $"NER F1 {scores.Overall.F1:F2} on the first 600 dev sentences");
    }

    [Fact]
    public void ShippedRecognizerCarriesItsWordListAndPlaceNames()
    {
        var ner = TextModels.Entities;
        Assert.True(ner.WordList.Count > 100_000, $"{ner.WordList.Count} listed words");
        Assert.Equal(WordListCase.Capitalised, ner.WordList.Of("trivandrum"));
        var hits = new GazetteerHit[3];
        ner.Lexicon.Match(["flights", "to", "Noida"], hits);
        Assert.Equal("CITY", hits[2].Type);
    }

    [Fact]
    public void ShippedRecognizerCarriesWordClassesAndItsDocumentPass()
    {
        var ner = TextModels.Entities;
        Assert.NotNull(ner.SecondWeights);
        Assert.Equal(3, ner.Clusters.Length);
        Assert.All(ner.Clusters, c => Assert.True(c.Count > 100_000, $"{c.Count} clustered words"));
        // The finest map puts two French towns together, and a common verb elsewhere.
        var fine = ner.Clusters[^1];
        Assert.NotEqual(WordClusters.None, fine.Of("Lyon"));
        Assert.True(ner.Clusters.Any(c => c.Of("lyon") == c.Of("marseille") && c.Of("lyon") != c.Of("cancelled")),
            "some map groups lyon with marseille and not with cancelled");
    }
}
