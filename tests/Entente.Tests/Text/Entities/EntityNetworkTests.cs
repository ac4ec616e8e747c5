using Entente.Text.Entities;
using Entente.Text.Learning;

namespace Entente.Tests.Text.Entities;

public class EntityNetworkTests
{
    private static readonly string[] Types = ["PER", "ORG", "LOC"];

    // Cities and people of our own; the vectors put the cities on one axis and the given names on another.
    private static readonly string[] Cities = ["paris", "berlin", "madrid", "rome", "vienna", "lisbon", "oslo", "prague"];
    private static readonly string[] People = ["john", "mary", "ahmed", "li", "olga", "pedro", "anna", "kofi"];

    private static WordEmbeddings Vectors()
    {
        var pairs = new List<(string, float[])>();
        var rng = new Random(5);
        float[] Near(int axis) => Enumerable.Range(0, 8).Select(j => (j == axis ? 1f : 0f) + (float)(rng.NextDouble() * 0.2 - 0.1)).ToArray();
        foreach (var c in Cities) pairs.Add((c, Near(0)));
        foreach (var p in People) pairs.Add((p, Near(1)));
        foreach (var w in new[] { "visited", "met", "left", "saw", "." }) pairs.Add((w, Near(2 + w.Length % 5)));
        return WordEmbeddings.From(WordVectors.FromPairs(pairs), 1000, 4f);
    }

    private static string Title(string w) => char.ToUpperInvariant(w[0]) + w[1..];

    private static List<EntitySentence> Sentences(int from, int to)
    {
        var list = new List<EntitySentence>();
        string[] verbs = ["visited", "left", "saw"];
        for (int i = from; i < to; i++)
        {
            string person = Title(People[i % People.Length]), city = Title(Cities[(i * 3 + 1) % Cities.Length]);
            list.Add(new([person, verbs[i % 3], city, "."], ["NNP", "VBD", "NNP", "."], ["B-PER", "O", "B-LOC", "O"]));
            list.Add(new([city, verbs[i % 3], "."], ["NNP", "VBD", "."], ["B-LOC", "O", "O"]));
        }
        return list;
    }

    private static EntityNetwork Train(int seed = 1, int epochs = 30, float averaging = 0.999f, float wordDropout = 0f) =>
        EntityNetworkTrainer.Train(Sentences(0, 6), new EntityLabels(Types), Vectors(), new WordListGazetteer([]), WordListCase.Empty,
            new EntityNetworkTrainer.Options(Hidden: 8, Epochs: epochs, Rate: 0.01f, Dropout: 0.1f, Seed: seed, WordDropout: wordDropout, Averaging: averaging));

    private static string[] Labels(EntityNetwork net, EntitySentence s)
    {
        var labels = new EntityLabels(Types);
        var logp = new float[s.Words.Length * labels.Count];
        net.Score(s.Words, new GazetteerHit[s.Words.Length], WordListCase.Empty, logp);
        return Enumerable.Range(0, s.Words.Length).Select(t =>
        {
            var row = logp.AsSpan(t * labels.Count, labels.Count);
            int best = 0;
            for (int y = 1; y < row.Length; y++) if (row[y] > row[best]) best = y;
            return labels.Name(best);
        }).ToArray();
    }

    [Fact]
    public void LearnsFromWordVectorsToLabelWordsItNeverSawInTraining()
    {
        var net = Train();
        // Training used people 0-5 and the cities they met; people 6 and 7 ("Anna", "Kofi") are new.
        var unseen = new EntitySentence(["Kofi", "saw", "Oslo", "."], ["NNP", "VBD", "NNP", "."], ["B-PER", "O", "B-LOC", "O"]);
        Assert.Equal(["U-PER", "O", "U-LOC", "O"], Labels(net, unseen));
        Assert.Equal(["U-PER", "O", "O"], Labels(net, new(["Anna", "left", "."], ["NNP", "VBD", "."], ["B-PER", "O", "O"])));
        Assert.Equal(["U-LOC", "O", "O"], Labels(net, new(["Prague", "left", "."], ["NNP", "VBD", "."], ["B-LOC", "O", "O"])));
    }

    [Fact]
    public void AveragedWeightsAreNotTheLastStepsAndStillLabelUnseenWords()
    {
        var last = Train(averaging: 0);
        var averaged = Train();
        Assert.NotEqual(last.Parameters, averaged.Parameters);
        var unseen = new EntitySentence(["Kofi", "saw", "Oslo", "."], ["NNP", "VBD", "NNP", "."], ["B-PER", "O", "B-LOC", "O"]);
        Assert.Equal(["U-PER", "O", "U-LOC", "O"], Labels(last, unseen));
        Assert.Equal(["U-PER", "O", "U-LOC", "O"], Labels(averaged, unseen));
    }

    [Fact]
    public void WordDropoutChangesWhatIsLearnedButNotTheRunToRunResult()
    {
        var a = Train(3, 4, wordDropout: 0.3f);
        Assert.Equal(a.Parameters, Train(3, 4, wordDropout: 0.3f).Parameters);
        Assert.NotEqual(a.Parameters, Train(3, 4).Parameters);
    }

    [Fact]
    public void LogProbabilitiesOfAWordSumToOne()
    {
        var net = Train(epochs: 2);
        var logp = new float[4 * 13];
        net.Score(["Kofi", "saw", "Oslo", "."], new GazetteerHit[4], WordListCase.Empty, logp);
        for (int t = 0; t < 4; t++) Assert.Equal(1.0, logp.Skip(t * 13).Take(13).Sum(v => Math.Exp(v)), 4);
    }

    [Fact]
    public void WithANetworkASentenceAndAOneSentenceDocumentGetTheSameLabels()
    {
        var ner = EntityTrainer.Train(Sentences(0, 6), Types, iterations: 3, seed: 1, stacked: true).WithNetwork(Train().WithWeight(3f));
        foreach (var s in Sentences(6, 8))
        {
            var alone = new int[s.Words.Length];
            ner.Recognize(s.Words, s.Xpos, alone);
            var doc = new[] { new int[s.Words.Length] };
            ner.RecognizeDocument([s.Words], [s.Xpos], doc);
            Assert.Equal(alone, doc[0]);
        }
    }

    [Fact]
    public void TrainingIsTheSameWhateverTheThreadTiming()
    {
        var a = Train(3, 2);
        var b = Train(3, 2);
        Assert.Equal(a.Parameters, b.Parameters);
    }

    [Fact]
    public void RecognizerWithANetworkSurvivesSaveAndLoad()
    {
        var ner = EntityTrainer.Train(Sentences(0, 6), Types, iterations: 3, seed: 1).WithNetwork(Train(epochs: 3).WithWeight(2.5f));
        var ms = new MemoryStream();
        ner.Save(ms);
        ms.Position = 0;
        var back = EntityRecognizer.Load(ms, "toy");
        Assert.NotNull(back.Network);
        Assert.Equal(2.5f, back.Network!.Weight);
        Assert.Equal(ner.Network!.Parameters, back.Network.Parameters);
        foreach (var s in Sentences(6, 8))
        {
            int[] x = new int[s.Words.Length], y = new int[s.Words.Length];
            ner.Recognize(s.Words, s.Xpos, x);
            back.Recognize(s.Words, s.Xpos, y);
            Assert.Equal(x, y);
        }
        // Cut inside the network: the loader names the file.
        var cut = new MemoryStream(ms.ToArray()[..(int)(ms.Length - 100)]);
        var e = Assert.Throws<InvalidDataException>(() => EntityRecognizer.Load(cut, "cut.bin"));
        Assert.Contains("cut.bin", e.Message);
    }

    [Fact]
    public void TheNetworksWeightMovesTheRecognizersLabels()
    {
        // A perceptron trained on almost nothing, and a network that knows the cities: weighted in, it finds them.
        var weak = EntityTrainer.Train(Sentences(0, 1), Types, iterations: 1, seed: 1);
        var net = Train();
        var s = new EntitySentence(["Kofi", "saw", "Oslo", "."], ["NNP", "VBD", "NNP", "."], ["B-PER", "O", "B-LOC", "O"]);
        var labels = new int[4];
        weak.WithNetwork(net.WithWeight(100f)).Recognize(s.Words, s.Xpos, labels);
        Assert.Equal(["U-PER", "O", "U-LOC", "O"], labels.Select(weak.Labels.Name));
    }
}
