using System.CommandLine;
using System.Diagnostics;
using Entente.Model;
using Entente.Pipeline;
using Entente.Text;
using Entente.Text.Evaluation;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente eval pipeline</c>: runs raw text rebuilt from a treebank through our splitter,
/// tokenizer, tagger, lemmatizer (and parser, when registered) and scores it end to end.
/// </summary>
public static class EvalPipelineCommand
{
    /// <summary>The pipes evaluated, in order; the dependency parser adds its pipe here.</summary>
    private static IPipe[] Pipes() =>
    [
        .. TextPipeline.Segmentation(),
        .. TextPipeline.Tagging(),
    ];

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("pipeline", "End-to-end scores from raw text (CoNLL 2018 alignment): tokens, sentences, UPOS, XPOS, lemmas, LAS.");
        var test = TextCliOptions.Test();
        cmd.Add(test);
        cmd.SetAction(r =>
        {
            var path = TextCliOptions.Existing(r.GetValue(test), "--test");
            var golds = GoldDocumentReader.Read(path);
            var pipeline = new DocumentPipeline(Pipes());
            pipeline.Process(new Document(new DocumentMetadata { Id = "warmup" }, golds[0].Text)); // load models before timing
            var scores = new List<PipelineScores>();
            var sw = new Stopwatch();
            long words = 0;
            foreach (var g in golds)
            {
                var doc = new Document(new DocumentMetadata { Id = g.Id }, g.Text);
                sw.Start();
                pipeline.Process(doc);
                sw.Stop();
                words += doc.TokenCount;
                scores.Add(PipelineScorer.Score(g, doc));
            }
            var s = PipelineScorer.Sum(scores);
            var report = new MetricsReport()
                .Add("file", Path.GetFileName(path))
                .Add("documents", golds.Count)
                .Add("tokens_f1", s.Tokens.F1)
                .Add("sentences_f1", s.Sentences.F1)
                .Add("sentences_precision", s.Sentences.Precision)
                .Add("sentences_recall", s.Sentences.Recall)
                .Add("words_f1", s.Words.F1)
                .Add("upos_f1", s.Upos.F1)
                .Add("xpos_f1", s.Xpos.F1)
                .Add("lemma_f1", s.Lemmas.F1);
            if (s.Parsed) report.Add("uas_f1", s.Uas.F1).Add("las_f1", s.Las.F1);
            report.Add("pipes", string.Join(",", pipeline.Pipes.Select(p => p.Name)))
                .Add("words_per_s", Math.Round(words / Math.Max(sw.Elapsed.TotalSeconds, 1e-9)))
                .Write(r.InvocationConfiguration.Output);
            return 0;
        });
        return cmd;
    }
}
