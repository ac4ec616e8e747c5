using Entente.Text.Models;
using Entente.Text.Parsing;

namespace Entente.Tests.Text.Parsing;

public class DependencyParserFileTests
{
    private static readonly ParserTrainingOptions Small = new() { Epochs = 2, TransitionBits = 16, LabelBits = 12, Patience = 1 };

    [TreebankFact]
    public void SavedModelParsesExactlyLikeTheTrainedOne()
    {
        var train = Treebank.Read("train", 400);
        var dev = Treebank.Read("dev", 100);
        var parser = new ParserTrainer(Small).Train(train, dev, GoldTagProvider.Instance, GoldTagProvider.Instance);
        var stream = new MemoryStream();
        // Pruning would drop tiny weights and could flip near ties; compare without it.
        parser.Save(stream, prune: 0f);
        stream.Position = 0;
        var loaded = DependencyParser.Load(stream, "memory");

        Assert.Equal(parser.Labels.Names, loaded.Labels.Names);
        Assert.Equal(parser.Metadata["epochs"], loaded.Metadata["epochs"]);
        var (a, _) = ParserEvaluator.Evaluate(parser, dev, GoldTagProvider.Instance);
        var (b, _) = ParserEvaluator.Evaluate(loaded, dev, GoldTagProvider.Instance);
        Assert.True(a.Uas > 50, $"tiny model UAS {a.Uas:F1}");
        Assert.Equal(a, b);
    }

    [Fact]
    public void RefusesAModelOfAnotherKind()
    {
        var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
            ModelFile.WriteHeader(w, "tagger", 1);
        stream.Position = 0;
        var ex = Assert.Throws<InvalidDataException>(() => DependencyParser.Load(stream, "x.bin"));
        Assert.Contains("x.bin", ex.Message);
    }

    [Fact]
    public void RefusesATruncatedModel()
    {
        var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
            ModelFile.WriteHeader(w, DependencyParser.ModelKind, 1);
        stream.Write([1, 2, 3]);
        stream.Position = 0;
        var ex = Assert.Throws<InvalidDataException>(() => DependencyParser.Load(stream, "cut.bin"));
        Assert.Contains("cut.bin", ex.Message);
    }
}
