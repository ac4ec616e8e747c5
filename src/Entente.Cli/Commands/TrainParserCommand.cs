using System.CommandLine;
using System.Diagnostics;
using Entente.Text.Corpora;
using Entente.Text.Parsing;

namespace Entente.Cli.Commands;

/// <summary><c>entente train parser</c>: trains the dependency parser on CoNLL-U treebanks.</summary>
public static class TrainParserCommand
{
    /// <summary>Creates the <c>parser</c> subcommand (attach it under <c>train</c>).</summary>
    public static Command Create()
    {
        var train = new Option<string>("--train") { Description = "Training treebank (CoNLL-U).", Required = true };
        var dev = new Option<string>("--dev") { Description = "Development treebank (CoNLL-U), used to pick the epoch.", Required = true };
        var output = new Option<string>("--out") { Description = "Model file to write.", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Maximum number of epochs.", DefaultValueFactory = _ => new ParserTrainingOptions().Epochs };
        var seed = new Option<int>("--seed") { Description = "Random seed (shuffling, exploration).", DefaultValueFactory = _ => new ParserTrainingOptions().Seed };
        var bits = new Option<int>("--transition-bits") { Description = "log2 of the transition weight table rows.", DefaultValueFactory = _ => new ParserTrainingOptions().TransitionBits };
        var labelBits = new Option<int>("--label-bits") { Description = "log2 of the label weight table rows.", DefaultValueFactory = _ => new ParserTrainingOptions().LabelBits };
        var beam = new Option<int>("--beam") { Description = "Beam width: 1 = greedy (dynamic oracle); more = beam search trained globally.", DefaultValueFactory = _ => new ParserTrainingOptions().Beam };
        var margin = new Option<float?>("--beam-margin") { Description = "Decoding: drop parses scoring more than this below the best at each step (stored in the model)." };
        var explore = new Option<double>("--explore") { Description = "Probability of following a wrong move while training.", DefaultValueFactory = _ => new ParserTrainingOptions().ExplorationProbability };
        var tags = ParserTagSource.CreateOption();
        var cache = ParserTagSource.CreateCacheOption();
        var passes = ParserTagSource.CreatePassesOption();
        var cmd = new Command("parser", "Train the dependency parser (arc-eager, averaged perceptron, dynamic oracle).");
        cmd.Add(train); cmd.Add(dev); cmd.Add(output); cmd.Add(epochs); cmd.Add(seed); cmd.Add(bits); cmd.Add(labelBits); cmd.Add(beam); cmd.Add(margin); cmd.Add(explore); cmd.Add(tags); cmd.Add(cache); cmd.Add(passes);
        cmd.SetAction(r =>
        {
            var o = r.InvocationConfiguration.Output;
            var trainPath = r.GetValue(train)!;
            var devPath = r.GetValue(dev)!;
            foreach (var p in new[] { trainPath, devPath })
                if (!File.Exists(p)) throw new UsageException($"no such file: {p}");
            var options = new ParserTrainingOptions { Epochs = r.GetValue(epochs), Seed = r.GetValue(seed), TransitionBits = r.GetValue(bits), LabelBits = r.GetValue(labelBits), Beam = r.GetValue(beam), BeamMargin = r.GetValue(margin) ?? float.PositiveInfinity, ExplorationProbability = r.GetValue(explore) };
            var trainSet = ConlluReader.ReadFile(trainPath).ToList();
            var devSet = ConlluReader.ReadFile(devPath).ToList();
            var (trainTags, devTags) = ParserTagSource.Resolve(r.GetValue(tags)!, trainSet, o, r.GetValue(cache), r.GetValue(passes));
            var sw = Stopwatch.StartNew();
            var parser = new ParserTrainer(options, o).Train(trainSet, devSet, trainTags, devTags);
            var outPath = r.GetValue(output)!;
            parser.Save(outPath, options.Prune);
            o.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length / 1e6:F1} MB) after {sw.Elapsed.TotalMinutes:F1} min; best epoch {parser.Metadata["epochs"]}");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
