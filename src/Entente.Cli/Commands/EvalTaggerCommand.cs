using System.CommandLine;
using Entente.Text;
using Entente.Text.Tagging;

namespace Entente.Cli.Commands;

/// <summary><c>entente eval tagger</c>: UPOS/XPOS accuracy (and lemma accuracy) on gold words of a CoNLL-U file.</summary>
public static class EvalTaggerCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("tagger", "Score the tagger and lemmatizer on gold words of a CoNLL-U file.");
        var test = TextCliOptions.Test();
        var model = new Option<string>("--model") { Description = "Tagger model file (default: the shipped tagger.bin)" };
        cmd.Add(test); cmd.Add(model);
        cmd.SetAction(r =>
        {
            var path = TextCliOptions.Existing(r.GetValue(test), "--test");
            var tagger = r.GetValue(model) is { } m ? LoadFile(m) : TextModels.Tagger;
            var gold = TaggedCorpus.Read(path);
            TaggerEvaluation.Run(tagger, gold); // warm-up pass so the JIT is not timed
            var cpu = CpuClock.Start();
            var acc = TaggerEvaluation.Run(tagger, gold, TextModels.Lemmatizer);
            double cpuSeconds = cpu.Seconds;
            new MetricsReport()
                .Add("file", Path.GetFileName(path))
                .Add("words", acc.Words)
                .Add("upos", acc.Upos)
                .Add("xpos", acc.Xpos)
                .Add("upos_xpos", acc.Both)
                .Add("lemma", acc.Lemma)
                .Add("tagger_words_per_s", Math.Round(acc.WordsPerSecond))
                .Add("tag_lemma_words_per_cpu_s", Math.Round(acc.Words / cpuSeconds))
                .Write(r.InvocationConfiguration.Output);
            return 0;
        });
        return cmd;
    }

    private static PerceptronTagger LoadFile(string path)
    {
        using var f = File.OpenRead(TextCliOptions.Existing(path, "--model"));
        return PerceptronTagger.Load(f, path);
    }
}
