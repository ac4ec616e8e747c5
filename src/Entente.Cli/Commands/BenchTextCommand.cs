using System.CommandLine;
using System.Diagnostics;
using Entente.Model;
using Entente.Pipeline;
using Entente.Text;
using Entente.Text.Evaluation;

namespace Entente.Cli.Commands;

/// <summary><c>entente bench text</c>: single-thread throughput of the text pipes on raw text.</summary>
public static class BenchTextCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var text = new Command("text", "Tokens per second of split+tokenize+tag+lemma+NER on one thread, over the raw text of a CoNLL-U file.");
        var file = new Option<string>("--conllu") { Description = "CoNLL-U file whose # text lines are the input (e.g. en_ewt-ud-dev.conllu)", Required = true };
        var repeat = new Option<int>("--repeat") { Description = "Timed passes over the text", DefaultValueFactory = _ => 5 };
        text.Add(file); text.Add(repeat);
        text.SetAction(r =>
        {
            var docs = GoldDocumentReader.Read(TextCliOptions.Existing(r.GetValue(file), "--conllu"));
            var sw = Stopwatch.StartNew();
            var pipeline = new DocumentPipeline([.. TextPipeline.Segmentation(), .. TextPipeline.Tagging(), .. TextPipeline.Entities()]);
            pipeline.Process(new Document(new DocumentMetadata { Id = "load" }, "Models load here."));
            double loadMs = sw.Elapsed.TotalMilliseconds;
            Run(pipeline, docs); // warm-up pass for the JIT
            long tokens = 0;
            var clock = CpuClock.Start();
            sw.Restart();
            for (int k = 0; k < r.GetValue(repeat); k++) tokens += Run(pipeline, docs);
            double wall = sw.Elapsed.TotalSeconds;
            double cpu = clock.Seconds;
            new MetricsReport()
                .Add("documents", docs.Count)
                .Add("tokens", tokens)
                .Add("model_load_ms", Math.Round(loadMs))
                .Add("tokens_per_s_wall", Math.Round(tokens / wall))
                .Add("tokens_per_cpu_s", Math.Round(tokens / Math.Max(cpu, 1e-9)))
                .Add("pipes", string.Join(",", pipeline.Pipes.Select(p => p.Name)))
                .Write(r.InvocationConfiguration.Output);
            return 0;
        });
        return text;
    }

    private static long Run(DocumentPipeline pipeline, List<GoldDocument> docs)
    {
        long n = 0;
        foreach (var g in docs)
        {
            var doc = new Document(new DocumentMetadata { Id = g.Id }, g.Text);
            pipeline.Process(doc);
            n += doc.TokenCount;
        }
        return n;
    }
}
