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
        var text = new Command("text", "Tokens per second of split+tokenize+tag+lemma+parse+NER over the raw text of a CoNLL-U file: on one thread, then on all cores (scaling).");
        var file = new Option<string>("--conllu") { Description = "CoNLL-U file whose # text lines are the input (e.g. en_ewt-ud-dev.conllu)", Required = true };
        var repeat = new Option<int>("--repeat") { Description = "Timed passes over the text", DefaultValueFactory = _ => 5 };
        var threads = new Option<int?>("--threads") { Description = "Threads of the parallel run (default: all cores; 1 skips it)." };
        var beam = new Option<int?>("--beam") { Description = "Decode with this parser beam width instead of the model's own (to measure the trade-off)." };
        text.Add(file); text.Add(repeat); text.Add(threads); text.Add(beam);
        text.SetAction(r =>
        {
            var docs = GoldDocumentReader.Read(TextCliOptions.Existing(r.GetValue(file), "--conllu"));
            var loadClock = CpuClock.Start();
            var sw = Stopwatch.StartNew();
            // Models load in parallel, as the default pipeline loads them (TextModels.Preload).
            var loads = TextModels.Preload();
            double tagLoad = loads["tagger"], lemLoad = loads["lemmas"], nerLoad = loads["entities"],
                sentLoad = loads["sentences"], parserLoad = loads["parser"];
            var parser = Entente.Text.Parsing.DependencyParser.Shipped;
            if (r.GetValue(beam) is int width) parser = parser.WithBeam(width);
            var pipeline = new DocumentPipeline([.. TextPipeline.Segmentation(), .. TextPipeline.Tagging(), new Entente.Text.Parsing.ParserPipe(parser), .. TextPipeline.Entities()]);
            pipeline.Process(new Document(new DocumentMetadata { Id = "load" }, "Models load here."));
            double loadMs = sw.Elapsed.TotalMilliseconds;
            // Processor time over wall time of the load: near the core count when the loaders keep every core busy.
            double loadCpuMs = loadClock.Seconds * 1000;
            // warm-up passes: tiered compilation re-optimises hot methods after their first calls
            var spent = new double[pipeline.Pipes.Count];
            for (int w = 0; w < 2; w++) Run(pipeline, docs, spent);
            Array.Clear(spent);
            long tokens = 0;
            var clock = CpuClock.Start();
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            int collections = GC.CollectionCount(0);
            sw.Restart();
            for (int k = 0; k < r.GetValue(repeat); k++) tokens += Run(pipeline, docs, spent);
            double wall = sw.Elapsed.TotalSeconds;
            double cpu = clock.Seconds;
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            collections = GC.CollectionCount(0) - collections;
            GC.Collect();
            using var self = Process.GetCurrentProcess();
            self.Refresh();
            double modelsMb = Math.Round(GC.GetTotalMemory(true) / 1048576.0);
            double tablesMb = Math.Round(Entente.Text.Learning.HugePages.LiveBytes / 1048576.0);
            // the same passes spread over all cores: documents in parallel, the models shared read-only
            int n = r.GetValue(threads) ?? Environment.ProcessorCount;
            double parallelRate = 0;
            if (n > 1)
            {
                long ptokens = 0;
                var psw = Stopwatch.StartNew();
                for (int k = 0; k < r.GetValue(repeat); k++)
                    Parallel.ForEach(docs, new ParallelOptions { MaxDegreeOfParallelism = n }, g =>
                    {
                        var doc = new Document(new DocumentMetadata { Id = g.Id }, g.Text);
                        pipeline.Process(doc);
                        Interlocked.Add(ref ptokens, doc.TokenCount);
                    });
                parallelRate = ptokens / psw.Elapsed.TotalSeconds;
            }
            self.Refresh();
            var report = new MetricsReport()
                .Add("documents", docs.Count)
                .Add("tokens", tokens)
                .Add("model_load_ms", Math.Round(loadMs))
                .Add("model_load_cpu_ms", Math.Round(loadCpuMs))
                .Add("tagger_load_ms", tagLoad).Add("lemmas_load_ms", lemLoad).Add("ner_load_ms", nerLoad).Add("sentences_load_ms", sentLoad)
                .Add("parser_load_ms", parserLoad)
                .Add("parser_beam", parser.BeamWidth)
                .Add("managed_heap_after_load_mb", modelsMb)
                .Add("weight_tables_mb", tablesMb)
                .Add("models_memory_mb", modelsMb + tablesMb)
                .Add("tokens_per_s_wall", Math.Round(tokens / wall))
                .Add("tokens_per_cpu_s", Math.Round(tokens / Math.Max(cpu, 1e-9)))
                .Add("bytes_allocated_per_token", Math.Round((double)allocated / Math.Max(tokens, 1)))
                .Add("gen0_collections", collections)
                .Add("threads", n)
                .Add("tokens_per_s_all_threads", Math.Round(parallelRate))
                .Add("scaling", n > 1 ? Math.Round(parallelRate / (tokens / wall), 2) : 1)
                .Add("peak_working_set_mb", Math.Round(self.PeakWorkingSet64 / 1048576.0))
                .Add("pipes", string.Join(",", pipeline.Pipes.Select(p => p.Name)));
            // Each pipe's share of the one-thread run, as the rate it alone would sustain: the slowest stage shows.
            for (int p = 0; p < spent.Length; p++)
                report.Add($"{pipeline.Pipes[p].Name}_tokens_per_s", Math.Round(tokens / Math.Max(spent[p], 1e-9)));
            report.Write(r.InvocationConfiguration.Output);
            return 0;
        });
        return text;
    }

    // Runs the pipes one by one rather than through DocumentPipeline.Process, to add each one's seconds to spent.
    private static long Run(DocumentPipeline pipeline, List<GoldDocument> docs, double[] spent)
    {
        long n = 0;
        foreach (var g in docs)
        {
            var doc = new Document(new DocumentMetadata { Id = g.Id }, g.Text);
            for (int p = 0; p < spent.Length; p++)
            {
                long t0 = Stopwatch.GetTimestamp();
                pipeline.Pipes[p].Process(doc);
                spent[p] += Stopwatch.GetElapsedTime(t0).TotalSeconds;
            }
            n += doc.TokenCount;
        }
        return n;
    }
}
