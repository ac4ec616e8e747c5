using System.CommandLine;
using Entente.Text;
using Entente.Text.Entities;

namespace Entente.Cli.Commands;

/// <summary><c>entente eval ner</c>: exact-match entity P/R/F1 per type on an IOB2 file.</summary>
public static class EvalNerCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("ner", "Score the named-entity recognizer on IOB2 (exact span and type).");
        var test = TextCliOptions.Test();
        var model = new Option<string>("--model") { Description = "NER model file (default: the shipped ner.bin)" };
        cmd.Add(test); cmd.Add(model);
        cmd.SetAction(r =>
        {
            var path = TextCliOptions.Existing(r.GetValue(test), "--test");
            EntityRecognizer ner;
            if (r.GetValue(model) is { } m) { using var f = File.OpenRead(TextCliOptions.Existing(m, "--model")); ner = EntityRecognizer.Load(f, m); }
            else ner = TextModels.Entities;
            var gold = EntityCorpus.Read(path, TextModels.Tagger);
            EntityEvaluation.Run(ner, gold); // warm-up
            var cpu = CpuClock.Start();
            var sc = EntityEvaluation.Run(ner, gold);
            double cpuSeconds = cpu.Seconds;
            var report = new MetricsReport().Add("file", Path.GetFileName(path)).Add("sentences", gold.Count)
                .Add("ner_precision", sc.Overall.Precision).Add("ner_recall", sc.Overall.Recall).Add("ner_f1", sc.Overall.F1);
            foreach (var (type, s) in sc.ByType)
                report.Add($"{type.ToLowerInvariant()}_precision", s.Precision).Add($"{type.ToLowerInvariant()}_recall", s.Recall)
                    .Add($"{type.ToLowerInvariant()}_f1", s.F1).Add($"{type.ToLowerInvariant()}_gold", s.Gold);
            report.Add("ner_words_per_s", Math.Round(sc.WordsPerSecond))
                .Add("ner_words_per_cpu_s", Math.Round(gold.Sum(g => g.Words.Length) / cpuSeconds)).Write(r.InvocationConfiguration.Output);
            return 0;
        });
        return cmd;
    }
}
