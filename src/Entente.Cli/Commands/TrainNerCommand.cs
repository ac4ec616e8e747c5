using System.CommandLine;
using Entente.Text;
using Entente.Text.Entities;

namespace Entente.Cli.Commands;

/// <summary><c>entente train ner</c>: trains the PER/ORG/LOC recognizer on IOB2 (UNER English EWT).</summary>
public static class TrainNerCommand
{
    /// <summary>Entity types learned.</summary>
    public static readonly string[] Types = ["PER", "ORG", "LOC"];

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("ner", "Train the named-entity recognizer on IOB2 (e.g. UNER train.iob2); POS comes from the shipped tagger.");
        var train = TextCliOptions.Train(); var dev = TextCliOptions.Dev(); var outp = TextCliOptions.Out();
        var iters = TextCliOptions.Iterations(12); var seed = TextCliOptions.Seed();
        var treebank = new Option<string>("--treebank") { Description = "CoNLL-U of the same sentences (EWT train): POS for training comes from taggers trained without each sentence (jackknifing; about +2 dev F1, used for the shipped model)" };
        var lexicon = new Option<string>("--lexicon") { Description = "Dictionaries directory whose names/*.names and actors/*.actors give the lexicon", DefaultValueFactory = _ => "dictionaries" };
        cmd.Add(train); cmd.Add(dev); cmd.Add(outp); cmd.Add(iters); cmd.Add(seed); cmd.Add(treebank); cmd.Add(lexicon);
        var bags = new Option<int>("--bags") { Description = "Models trained with seeds seed, seed+1, ... whose weights are averaged", DefaultValueFactory = _ => 1 };
        cmd.Add(bags);
        var documentPass = new Option<bool>("--document-pass") { Description = "Also train the document-level second pass (no dev gain measured; twice the time)" };
        cmd.Add(documentPass);
        cmd.SetAction(r =>
        {
            var o = r.InvocationConfiguration.Output;
            var trainPath = TextCliOptions.Existing(r.GetValue(train), "--train");
            int n = r.GetValue(iters), s = r.GetValue(seed);
            var data = r.GetValue(treebank) is { } tb
                ? EntityCorpus.ReadJackknifed(trainPath, TextCliOptions.Existing(tb, "--treebank"), log: o.WriteLine)
                : EntityCorpus.Read(trainPath, TextModels.Tagger);
            var lexiconDir = r.GetValue(lexicon)!;
            if (!Directory.Exists(lexiconDir)) throw new DirectoryNotFoundException($"--lexicon: {lexiconDir} not found");
            var meta = TextCliOptions.Meta(trainPath, n, s);
            meta["bags"] = r.GetValue(bags).ToString();
            meta["passes"] = r.GetValue(documentPass) ? "2" : "1";
            var ner = EntityTrainer.Train(data, Types, n, s, o.WriteLine, meta, NameLexicon.Read(lexiconDir), r.GetValue(bags), r.GetValue(documentPass));
            o.WriteLine($"{ner.Weights.FeatureCount} features, {ner.Weights.WeightCount} weights, {ner.Names.Count} names, {ner.Lexicon.Count} lexicon entries");
            using (var f = File.Create(r.GetValue(outp)!)) ner.Save(f);
            if (r.GetValue(dev) is { } devPath)
            {
                var sc = EntityEvaluation.Run(ner, EntityCorpus.Read(TextCliOptions.Existing(devPath, "--dev"), TextModels.Tagger));
                o.WriteLine($"dev F1 {sc.Overall.F1:F2} (" + string.Join(", ", sc.ByType.Select(kv => $"{kv.Key} {kv.Value.F1:F2}")) + ")");
            }
            return 0;
        });
        return cmd;
    }
}
