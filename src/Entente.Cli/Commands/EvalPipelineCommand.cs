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
        new Text.Parsing.ParserPipe(),
    ];

    private static int ShowErrors(GoldDocument g, Document doc, int max, TextWriter o)
    {
        int n = 0;
        var pred = doc.Sentences.SelectMany(s => s.Tokens).Select(t => t.Surface).ToHashSet(); // surface tokens, as scored
        var gold = g.Tokens.ToHashSet();
        foreach (var span in g.Tokens.Where(t => !pred.Contains(t)).Take(max))
        {
            int a = Math.Max(0, span.Start - 20), b = Math.Min(g.Text.Length, span.End + 20);
            var predHere = string.Join(" ", pred.Where(p => p.Overlaps(span)).Select(p => "[" + g.Text[p.Start..p.End] + "]"));
            o.WriteLine($"TOKEN gold [{g.Text[span.Start..span.End]}] pred {predHere}   …{g.Text[a..b].Replace('\n', '¶')}…");
            n++;
        }
        var ps = doc.Sentences.Select(s => s.Span).ToHashSet();
        foreach (var span in g.Sentences.Where(s => !ps.Contains(s)).Take(Math.Max(0, max - n)))
        {
            o.WriteLine($"SENT gold «{g.Text[span.Start..span.End].Replace('\n', '¶')}»");
            foreach (var p in doc.Sentences.Where(s => s.Span.Overlaps(span))) o.WriteLine($"     pred «{p.Text.Replace('\n', '¶')}»");
            n++;
        }
        return n;
    }

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("pipeline", "End-to-end scores from raw text (CoNLL 2018 alignment): tokens, sentences, UPOS, XPOS, lemmas, LAS.");
        var test = TextCliOptions.Test();
        var errors = new Option<int>("--show-errors") { Description = "Print up to N token and sentence mismatches (for tuning on dev)" };
        cmd.Add(test); cmd.Add(errors);
        cmd.SetAction(r =>
        {
            var path = TextCliOptions.Existing(r.GetValue(test), "--test");
            var golds = GoldDocumentReader.Read(path);
            var pipeline = new DocumentPipeline(Pipes());
            pipeline.Process(new Document(new DocumentMetadata { Id = "warmup" }, golds[0].Text)); // load models before timing
            var scores = new List<PipelineScores>();
            var sw = new Stopwatch();
            var cpu = TimeSpan.Zero;
            long words = 0;
            int shown = 0;
            foreach (var g in golds)
            {
                var doc = new Document(new DocumentMetadata { Id = g.Id }, g.Text);
                var clock = CpuClock.Start();
                sw.Start();
                pipeline.Process(doc);
                sw.Stop();
                cpu += TimeSpan.FromSeconds(clock.Seconds);
                words += doc.TokenCount;
                scores.Add(PipelineScorer.Score(g, doc));
                if (r.GetValue(errors) > shown) shown += ShowErrors(g, doc, r.GetValue(errors) - shown, r.InvocationConfiguration.Output);
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
                .Add("words_per_cpu_s", Math.Round(words / Math.Max(cpu.TotalSeconds, 1e-9)))
                .Write(r.InvocationConfiguration.Output);
            return 0;
        });
        return cmd;
    }
}
