using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;

using Entente.Pipeline;
using Entente.Sources;
using Entente.Store.Ingest;
using Entente.Text;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente bench ingest</c>: generates articles as files, ingests them into a fresh database
/// with the default pipeline and reports documents/s and peak memory (generation not timed).
/// </summary>
public static class BenchIngestCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("ingest", "Benchmark ingest over generated articles: documents/s and peak memory.");
        var docs = new Option<int>("--docs") { Description = "Number of articles.", DefaultValueFactory = _ => 10_000 };
        var words = new Option<int>("--words") { Description = "Words per article.", DefaultValueFactory = _ => 600 };
        var workers = new Option<int?>("--workers") { Description = "Pipeline threads (default: all cores)." };
        var dir = new Option<string?>("--dir") { Description = "Folder for the generated articles and database (default: a temporary folder, removed after)." };
        var stages = new Option<string>("--stages")
        {
            Description = "segment: the ingest stage alone (read, segment, store); full: the whole default pipeline.",
            DefaultValueFactory = _ => "full",
        };
        stages.AcceptOnlyFromAmong("segment", "full");
        cmd.Add(docs); cmd.Add(words); cmd.Add(workers); cmd.Add(dir); cmd.Add(stages);
        cmd.SetAction(r =>
        {
            var output = r.InvocationConfiguration.Output;
            var root = r.GetValue(dir) ?? Path.Combine(Path.GetTempPath(), "entente-bench-" + Environment.ProcessId);
            bool cleanup = r.GetValue(dir) is null;
            var articles = Path.Combine(root, "articles");
            Directory.CreateDirectory(articles);
            var db = Path.Combine(root, "bench.db");
            foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
            try
            {
                int n = r.GetValue(docs), w = r.GetValue(words);
                var gen = new SyntheticArticles();
                long bytes = 0;
                for (int i = 0; i < n; i++)
                {
                    var text = gen.Next(i, w);
                    bytes += text.Length;
                    File.WriteAllText(Path.Combine(articles, $"a{i:D6}.txt"), text);
                }
                output.WriteLine($"generated {n:N0} articles of ~{w} words ({bytes / 1048576.0:N1} MB) in {articles}");

                var source = new FileSource(new SourceOptions());
                var pipeline = r.GetValue(stages) == "segment"
                    ? new DocumentPipeline(TextPipeline.Segmentation())
                    : DefaultPipeline.Create();
                var ingestor = new Ingestor(pipeline, r.GetValue(workers));
                var clock = Stopwatch.StartNew();
                var report = ingestor.Run(source.Read([articles]), db);
                clock.Stop();
                using var self = Process.GetCurrentProcess();
                self.Refresh();
                double rate = report.Added / clock.Elapsed.TotalSeconds;
                double peakMb = self.PeakWorkingSet64 / 1048576.0;
                output.WriteLine($"ingested {report.Added:N0} documents, {report.Sentences:N0} sentences, {report.Tokens:N0} tokens in {clock.Elapsed.TotalSeconds:N2} s");
                output.WriteLine($"{rate:N0} documents/s, {report.Tokens / clock.Elapsed.TotalSeconds:N0} tokens/s, peak memory {peakMb:N0} MB, {Environment.ProcessorCount} cores");
                output.WriteLine(JsonSerializer.Serialize(new
                {
                    bench = "ingest", stages = r.GetValue(stages), documents = report.Added, seconds = Math.Round(clock.Elapsed.TotalSeconds, 3),
                    documentsPerSecond = Math.Round(rate, 1), tokensPerSecond = Math.Round(report.Tokens / clock.Elapsed.TotalSeconds),
                    peakMemoryMB = Math.Round(peakMb, 1), cores = Environment.ProcessorCount, failed = report.Failures.Count,
                }));
                return report.Failures.Count > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
            }
            finally
            {
                if (cleanup) Directory.Delete(root, recursive: true);
            }
        });
        return cmd;
    }
}
