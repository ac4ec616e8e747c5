using System.CommandLine;
using Entente.Text;
using Entente.Text.Entities;
using Entente.Text.Learning;

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
        var bags = new Option<int>("--bags") { Description = "Models trained with seeds seed, seed+1, ... (in parallel) whose weights are averaged", DefaultValueFactory = _ => 1 };
        cmd.Add(bags);
        var documentPass = new Option<bool>("--document-pass") { Description = "Also train the document-level second pass, which reads what the first pass said about each word elsewhere in the document (+0.8 / +0.6 dev F1 for seeds 1 / 2 with the word classes; twice the time)" };
        cmd.Add(documentPass);
        var prune = new Option<float>("--prune") { Description = "Drop perceptron weights smaller in magnitude than this before the network is trained (0.5 halves them, for a smaller file: dev F1 77.97 against 77.90 on the shipped recipe); 0: keep all", DefaultValueFactory = _ => 0f };
        cmd.Add(prune);
        var wordList = new Option<string>("--word-list") { Description = "A large English word list, one word a line as it is cased (e.g. Debian wamerican-huge's /usr/share/dict/american-english-huge): how it cases each word becomes a feature and is stored in the model" };
        cmd.Add(wordList);
        var gazetteers = new Option<string[]>("--gazetteer") { Description = "Further name lists, 'name<TAB>type' a line (e.g. GeoNames place names typed CITY), added to the lexicon after --lexicon's own names and stored in the model", AllowMultipleArgumentsPerToken = true };
        cmd.Add(gazetteers);
        var clusters = new Option<string[]>("--clusters") { Description = "Word-class files written by 'entente train clusters' (e.g. one clustered by following words, one by preceding words): each word's class becomes a feature and is stored in the model", AllowMultipleArgumentsPerToken = true };
        cmd.Add(clusters);
        var netVectors = new Option<string>("--network-vectors") { Description = "Word vectors in text format (GloVe 6B 100-d, see the model card): also train a BiLSTM (EntityNetwork) whose log-probabilities are added to the label scores at a weight chosen on --dev" };
        var netWords = new Option<int>("--network-words") { Description = "Most frequent words of --network-vectors kept", DefaultValueFactory = _ => 50_000 };
        var netHidden = new Option<int>("--network-hidden") { Description = "Hidden width of each direction of the network", DefaultValueFactory = _ => 32 };
        var netEpochs = new Option<int>("--network-epochs") { Description = "Training passes of the network", DefaultValueFactory = _ => 10 };
        var netSeed = new Option<int?>("--network-seed") { Description = "Seed of the network (default: --seed)" };
        var netWordDropout = new Option<float>("--network-word-dropout") { Description = "Share of training words the network reads without their vector", DefaultValueFactory = _ => 0f };
        var netAveraging = new Option<float>("--network-averaging") { Description = "Decay of the running average of the network's weights kept as the result (0: the last weights; +0.2 to +0.3 dev F1 for seeds 1-3)", DefaultValueFactory = _ => 0.999f };
        var baseModel = new Option<string>("--base-model") { Description = "Keep this recognizer's perceptrons, lexicon and word features as they are and train only the network (with --network-vectors)" };
        foreach (var opt in new Option[] { netVectors, netWords, netHidden, netEpochs, netSeed, netWordDropout, netAveraging, baseModel }) cmd.Add(opt);
        var cv = new Option<int>("--cross-validate") { Description = "Also score K models, each trained without one of K document folds of --train and scored on it (a steadier guide than dev alone); 0: none", DefaultValueFactory = _ => 0 };
        cmd.Add(cv);
        cmd.SetAction(r =>
        {
            var o = r.InvocationConfiguration.Output;
            var trainPath = TextCliOptions.Existing(r.GetValue(train), "--train");
            int n = r.GetValue(iters), s = r.GetValue(seed);
            var data = r.GetValue(treebank) is { } tb
                ? EntityCorpus.ReadJackknifed(trainPath, TextCliOptions.Existing(tb, "--treebank"), log: o.WriteLine)
                : EntityCorpus.Read(trainPath, TextModels.Tagger);
            // With --base-model the perceptrons and everything they read (lexicon, word list, classes) come from that file.
            EntityRecognizer TrainPerceptrons()
            {
                var lexiconDir = r.GetValue(lexicon)!;
                if (!Directory.Exists(lexiconDir)) throw new DirectoryNotFoundException($"--lexicon: {lexiconDir} not found");
                var meta = TextCliOptions.Meta(trainPath, n, s);
                var names = NameLexicon.Read(lexiconDir);
                foreach (var g in r.GetValue(gazetteers) ?? []) names.AddRange(NameLexicon.ReadList(TextCliOptions.Existing(g, "--gazetteer")));
                if (r.GetValue(gazetteers) is { Length: > 0 } gs) meta["gazetteers"] = string.Join(",", gs.Select(Path.GetFileName));
                var list = WordListCase.Empty;
                if (r.GetValue(wordList) is { } listPath)
                {
                    list = WordListCase.FromWords(File.ReadLines(TextCliOptions.Existing(listPath, "--word-list")));
                    meta["word_list"] = Path.GetFileName(listPath);
                }
                var maps = (r.GetValue(clusters) ?? []).Select(p => WordClusters.ReadText(TextCliOptions.Existing(p, "--clusters"))).ToArray();
                if (maps.Length > 0) meta["clusters"] = string.Join(",", (r.GetValue(clusters) ?? []).Select(Path.GetFileName));
                meta["bags"] = r.GetValue(bags).ToString();
                meta["passes"] = r.GetValue(documentPass) ? "2" : "1";
                if (r.GetValue(cv) is > 1 and var k)
                    CrossValidate(data, k, held => EntityTrainer.Train(held, Types, n, s, null, meta, names, r.GetValue(bags), r.GetValue(documentPass), list, maps), o);
                return EntityTrainer.Train(data, Types, n, s, o.WriteLine, meta, names, r.GetValue(bags), r.GetValue(documentPass), list, maps);
            }
            EntityRecognizer ner;
            if (r.GetValue(baseModel) is { } bm)
            {
                if (r.GetValue(netVectors) is null) throw new UsageException("--base-model trains only the network: it needs --network-vectors");
                using var f = File.OpenRead(TextCliOptions.Existing(bm, "--base-model"));
                ner = EntityRecognizer.Load(f, bm).WithNetwork(null);
            }
            else ner = TrainPerceptrons();
            if (r.GetValue(prune) is > 0 and var threshold)
            {
                static int Count(EntityRecognizer x) => x.Weights.WeightCount + (x.SecondWeights?.WeightCount ?? 0);
                var pruned = ner.Pruned(threshold);
                o.WriteLine($"pruned below {threshold}: {Count(ner)} → {Count(pruned)} perceptron weights");
                ner = pruned;
            }
            if (r.GetValue(netVectors) is { } vp)
            {
                var tunePath = r.GetValue(dev) ?? throw new UsageException("--network-vectors needs --dev (the network's weight is chosen on it)");
                ner = TrainNetwork(ner, data, EntityCorpus.Read(TextCliOptions.Existing(tunePath, "--dev"), TextModels.Tagger),
                    TextCliOptions.Existing(vp, "--network-vectors"), r.GetValue(netWords), new EntityNetworkTrainer.Options(r.GetValue(netHidden), r.GetValue(netEpochs), Seed: r.GetValue(netSeed) ?? s,
                        WordDropout: r.GetValue(netWordDropout), Averaging: r.GetValue(netAveraging)), o);
            }
            o.WriteLine($"{ner.Weights.FeatureCount} features, {ner.Weights.WeightCount} weights, {ner.Names.Count} names, {ner.Lexicon.Count} lexicon entries, {ner.WordList.Count} listed words, {string.Join("+", ner.Clusters.Select(c => c.Count))} clustered words");
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

    /// <summary>Network weights tried on dev (0: the network is left out).</summary>
    private static readonly float[] NetworkWeights = [0, 1, 2, 3, 4, 6, 8, 12, 16];

    /// <summary>Trains the network for <paramref name="ner"/> and returns <paramref name="ner"/> with it at the weight that scores best on dev.</summary>
    private static EntityRecognizer TrainNetwork(EntityRecognizer ner, List<EntitySentence> data, List<EntitySentence> dev, string vectorsPath, int words, EntityNetworkTrainer.Options options, TextWriter o)
    {
        var vectors = WordEmbeddings.From(WordVectors.ReadText(vectorsPath, words), words, 4f);
        var net = EntityNetworkTrainer.Train(data, ner.Labels, vectors, ner.Lexicon, ner.WordList, options, dev, o.WriteLine);
        float best = 0;
        double bestF1 = double.NegativeInfinity;
        foreach (float w in NetworkWeights)
        {
            double f1 = EntityEvaluation.Run(ner.WithNetwork(w == 0 ? null : net.WithWeight(w)), dev).Overall.F1;
            o.WriteLine($"network weight {w}: dev F1 {f1:F2}");
            if (f1 > bestF1) (best, bestF1) = (w, f1);
        }
        var meta = new Dictionary<string, string>(ner.Meta) { ["network"] = $"{Path.GetFileName(vectorsPath)} {vectors.Count} words, hidden {options.Hidden}, {options.Epochs} passes, word dropout {options.WordDropout}, averaging {options.Averaging}, weight {best}" };
        return ner.WithNetwork(best == 0 ? null : net.WithWeight(best), meta);
    }

    /// <summary>Trains <paramref name="k"/> models, each without one document fold, scores each on its fold and prints the pooled scores.</summary>
    private static void CrossValidate(List<EntitySentence> data, int k, Func<List<EntitySentence>, EntityRecognizer> train, TextWriter o)
    {
        var folds = EntityTrainer.DocumentFolds(data, k);
        var total = default(Entente.Text.Evaluation.F1Score);
        var byType = Types.ToDictionary(t => t, _ => default(Entente.Text.Evaluation.F1Score));
        for (int f = 0; f < k; f++)
        {
            var model = train(data.Where((_, i) => folds[i] != f).ToList());
            var sc = EntityEvaluation.Run(model, data.Where((_, i) => folds[i] == f).ToList());
            total += sc.Overall;
            foreach (var (t, v) in sc.ByType) byType[t] += v;
            o.WriteLine($"fold {f + 1}/{k}: F1 {sc.Overall.F1:F2}");
        }
        o.WriteLine($"cross-validated F1 {total.F1:F2} (" + string.Join(", ", byType.Select(kv => $"{kv.Key} {kv.Value.F1:F2}")) + ")");
    }
}
