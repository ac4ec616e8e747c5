using System.CommandLine;
using System.Diagnostics;
using Entente.Text.Learning;
using Entente.Text.Tagging;

namespace Entente.Cli.Commands;

/// <summary><c>entente train tagger</c>: trains the POS tagger on CoNLL-U.</summary>
public static class TrainTaggerCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("tagger", "Train the UPOS+XPOS tagger on CoNLL-U (e.g. en_ewt-ud-train.conllu).");
        var train = TextCliOptions.Train(); var dev = TextCliOptions.Dev(); var outp = TextCliOptions.Out();
        var iters = TextCliOptions.Iterations(10); var seed = TextCliOptions.Seed();
        var twoPass = new Option<bool>("--two-pass") { Description = "Add a second pass that sees first-pass tags to the right (+0.1-0.2 UPOS on dev)" };
        var margin = new Option<float>("--second-pass-margin")
        {
            Description = "With --two-pass: re-tag only words whose first-pass score margin is below this (0 = never, infinity = always)",
            DefaultValueFactory = _ => 10f,
        };
        var clusters = new Option<string[]>("--clusters") { Description = "Up to two word-class files written by 'entente train clusters' (e.g. by following and by preceding words); stored in the model", AllowMultipleArgumentsPerToken = true };
        cmd.Add(clusters);
        cmd.Add(train); cmd.Add(dev); cmd.Add(outp); cmd.Add(iters); cmd.Add(seed); cmd.Add(twoPass); cmd.Add(margin);
        cmd.SetAction(r =>
        {
            var o = r.InvocationConfiguration.Output;
            var trainPath = TextCliOptions.Existing(r.GetValue(train), "--train");
            int n = r.GetValue(iters), s = r.GetValue(seed);
            var data = TaggedCorpus.Read(trainPath);
            var sw = Stopwatch.StartNew();
            var meta = TextCliOptions.Meta(trainPath, n, s);
            meta["two_pass"] = r.GetValue(twoPass).ToString();
            if (r.GetValue(twoPass)) meta["second_pass_margin"] = r.GetValue(margin).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var clusterFiles = r.GetValue(clusters) ?? [];
            if (clusterFiles.Length > WordClusterCodes.MaxMaps) throw new UsageException($"--clusters: at most {WordClusterCodes.MaxMaps} files");
            var maps = clusterFiles.Select(p => WordClusters.ReadText(TextCliOptions.Existing(p, "--clusters"))).ToArray();
            if (maps.Length > 0) meta["clusters"] = string.Join(",", clusterFiles.Select(Path.GetFileName));
            var tagger = TaggerTrainer.Train(data, n, s, o.WriteLine, meta, r.GetValue(twoPass), r.GetValue(margin), maps);
            o.WriteLine($"trained in {sw.Elapsed.TotalSeconds:F1}s: {tagger.Weights.FeatureCount} features, {tagger.Weights.WeightCount} weights");
            using (var f = File.Create(r.GetValue(outp)!)) tagger.Save(f);
            if (r.GetValue(dev) is { } devPath)
            {
                var acc = TaggerEvaluation.Run(tagger, TaggedCorpus.Read(TextCliOptions.Existing(devPath, "--dev")));
                o.WriteLine($"dev UPOS {acc.Upos:F2}%  XPOS {acc.Xpos:F2}%");
            }
            return 0;
        });
        return cmd;
    }
}
