using System.CommandLine;
using Entente.Model;
using Entente.Text.Evaluation;
using Entente.Text.Tokenization;

namespace Entente.Cli.Commands;

/// <summary><c>entente train sentences</c>: trains the sentence-boundary classifier on the raw text of CoNLL-U.</summary>
public static class TrainSentencesCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("sentences", "Train the sentence splitter on raw text rebuilt from CoNLL-U (# text, # newdoc, # newpar).");
        var train = TextCliOptions.Train(); var dev = TextCliOptions.Dev(); var outp = TextCliOptions.Out();
        var iters = TextCliOptions.Iterations(8); var seed = TextCliOptions.Seed();
        cmd.Add(train); cmd.Add(dev); cmd.Add(outp); cmd.Add(iters); cmd.Add(seed);
        cmd.SetAction(r =>
        {
            var o = r.InvocationConfiguration.Output;
            var trainPath = TextCliOptions.Existing(r.GetValue(train), "--train");
            int n = r.GetValue(iters), s = r.GetValue(seed);
            var docs = GoldDocumentReader.Read(trainPath).Select(d => (d.Text, (IReadOnlyList<CharSpan>)d.Sentences)).ToList();
            var splitter = LearnedSentenceSplitter.Train(docs, new RuleTokenizer(), n, s, o.WriteLine, TextCliOptions.Meta(trainPath, n, s));
            o.WriteLine($"{splitter.Weights.FeatureCount} features, {splitter.Weights.WeightCount} weights");
            using (var f = File.Create(r.GetValue(outp)!)) splitter.Save(f);
            if (r.GetValue(dev) is { } devPath)
            {
                var rule = new RuleSentenceSplitter(new RuleTokenizer());
                foreach (var (name, sp) in new (string, Entente.Text.ISentenceSplitter)[] { ("rules", rule), ("learned", splitter) })
                {
                    var score = default(F1Score);
                    foreach (var d in GoldDocumentReader.Read(TextCliOptions.Existing(devPath, "--dev")))
                    {
                        var spans = new List<CharSpan>();
                        sp.Split(d.Text, spans);
                        var gold = d.Sentences.ToHashSet();
                        score += new F1Score(spans.Count(gold.Contains), spans.Count, gold.Count);
                    }
                    o.WriteLine($"dev sentence F1 ({name}) {score.F1:F2} (P {score.Precision:F2}, R {score.Recall:F2})");
                }
            }
            return 0;
        });
        return cmd;
    }
}
