using Entente.Text.Parsing;

namespace Entente.Tests.Text.Parsing;

public class BeamDecoderTests
{
    private static readonly ParserTrainingOptions Small = new() { Epochs = 3, TransitionBits = 16, LabelBits = 12, Patience = 2 };

    [TreebankFact]
    public void AOneWideBeamParsesExactlyLikeTheGreedyParser()
    {
        var train = Treebank.Read("train", 300);
        var dev = Treebank.Read("dev", 80);
        var parser = new ParserTrainer(Small).Train(train, dev, GoldTagProvider.Instance, GoldTagProvider.Instance);
        var greedy = new DependencyParser.Workspace(parser.Labels.Count);
        var beam = new DependencyParser.Workspace(parser.Labels.Count);
        var decoder = new BeamDecoder(1);
        foreach (var s in dev)
        {
            Load(greedy, s); Load(beam, s);
            parser.Run(greedy);
            decoder.Run(parser, beam);
            for (int i = 1; i <= s.Words.Count; i++)
            {
                // The greedy run also attaches leftovers; compare the words the transitions attached.
                if (beam.State.Head[i] < 0) continue;
                Assert.Equal(greedy.State.Head[i], beam.State.Head[i]);
                Assert.Equal(greedy.State.Label[i], beam.State.Label[i]);
            }
        }
    }

    [TreebankFact]
    public void GlobalTrainingWithABeamLearnsTheTrainingTrees()
    {
        var train = Treebank.Read("train", 150);
        var options = Small with { Beam = 4, Epochs = 8, Patience = 8 };
        var parser = new ParserTrainer(options).Train(train, train, GoldTagProvider.Instance, GoldTagProvider.Instance);
        Assert.Equal(4, parser.BeamWidth);
        var (score, _) = ParserEvaluator.Evaluate(parser, train, GoldTagProvider.Instance);
        // A perceptron that cannot fit 150 sentences after eight passes is not learning.
        Assert.True(score.Uas > 95, $"training-set UAS {score.Uas:F1}");
    }

    [TreebankFact]
    public void TheBeamWidthTravelsWithTheModelFile()
    {
        var train = Treebank.Read("train", 100);
        var parser = new ParserTrainer(Small with { Beam = 3, Epochs = 1 }).Train(train, train, GoldTagProvider.Instance, GoldTagProvider.Instance);
        var stream = new MemoryStream();
        parser.Save(stream, prune: 0f);
        stream.Position = 0;
        var loaded = DependencyParser.Load(stream, "memory");
        Assert.Equal(3, loaded.BeamWidth);
        Assert.Equal(1, loaded.WithBeam(1).BeamWidth);
        var (a, _) = ParserEvaluator.Evaluate(parser, train, GoldTagProvider.Instance);
        var (b, _) = ParserEvaluator.Evaluate(loaded, train, GoldTagProvider.Instance);
        Assert.Equal(a, b);
    }

    [TreebankFact]
    public void ATinyMarginNarrowsTheBeamToTheBestParseAndAWideOneChangesNothing()
    {
        var train = Treebank.Read("train", 200);
        var dev = Treebank.Read("dev", 60);
        var parser = new ParserTrainer(Small with { Beam = 4, Epochs = 2 }).Train(train, dev, GoldTagProvider.Instance, GoldTagProvider.Instance);
        var (greedy, _) = ParserEvaluator.Evaluate(parser.WithBeam(1), dev, GoldTagProvider.Instance);
        var (narrow, _) = ParserEvaluator.Evaluate(parser.WithBeam(4, 1e-3f), dev, GoldTagProvider.Instance);
        var (full, _) = ParserEvaluator.Evaluate(parser, dev, GoldTagProvider.Instance);
        var (wide, _) = ParserEvaluator.Evaluate(parser.WithBeam(4, 1e9f), dev, GoldTagProvider.Instance);
        Assert.Equal(greedy, narrow);
        Assert.Equal(full, wide);
        Assert.Equal(1e9f, parser.WithBeam(4, 1e9f).BeamMargin);
    }

    private static void Load(DependencyParser.Workspace ws, Entente.Text.Corpora.ConlluSentence s)
    {
        ws.Input.Reset(s.Words.Count);
        for (int i = 0; i < s.Words.Count; i++) ws.Input.Set(i, s.Words[i].Form, s.Words[i].Upos, s.Words[i].Xpos);
    }
}
