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
        var errors = new Option<string>("--errors") { Description = "Write the sentences with a wrong entity (word, gold, predicted) to this file" };
        var predictions = new Option<string>("--predictions") { Description = "Write every sentence (word, gold, predicted), each document headed by a '# doc = ID' line, to this file" };
        cmd.Add(test); cmd.Add(model); cmd.Add(errors); cmd.Add(predictions);
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
            if (r.GetValue(errors) is { } errorsPath) WriteSentences(ner, gold, errorsPath, onlyErrors: true);
            if (r.GetValue(predictions) is { } predictionsPath) WriteSentences(ner, gold, predictionsPath, onlyErrors: false);
            return 0;
        });
        return cmd;
    }

    /// <summary>
    /// Writes the sentences (only those whose predicted entities differ from gold when <paramref name="onlyErrors"/>),
    /// one word a line, labelled as they were scored (by document).
    /// </summary>
    private static void WriteSentences(EntityRecognizer ner, IReadOnlyList<EntitySentence> gold, string path, bool onlyErrors)
    {
        using var w = new StreamWriter(path);
        var predicted = EntityEvaluation.Label(ner, gold);
        for (int k = 0; k < gold.Count; k++)
        {
            var s = gold[k];
            var labels = predicted[k];
            var tags = labels.Select(ner.Labels.ToIob2).ToArray();
            var expected = EntitySpans.FromIob2(s.Tags).Where(e => ner.Labels.Types.Contains(e.Type));
            if (onlyErrors && expected.ToHashSet().SetEquals(EntitySpans.FromIob2(tags))) continue;
            if (!onlyErrors && (k == 0 || gold[k - 1].Doc != s.Doc)) w.WriteLine($"# doc = {s.Doc}");
            for (int i = 0; i < s.Words.Length; i++)
            {
                var g = s.Tags[i].Length > 2 && ner.Labels.Types.Contains(s.Tags[i][2..]) ? s.Tags[i] : "O";
                w.WriteLine($"{s.Words[i]}\t{s.Xpos[i]}\t{g}\t{tags[i]}{(g == tags[i] ? "" : "\t<<<")}");
            }
            w.WriteLine();
        }
    }
}
