using Entente.Cli.Output;
using Entente.Pipeline;
using Entente.Sources;
using Entente.Store.Ingest;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>The ingest shared by <c>entente ingest</c> and <c>entente analyze</c>: progress, then a summary.</summary>
public static class IngestRunner
{
    /// <summary>Ingests <paramref name="paths"/> into <paramref name="db"/> and prints progress and a summary.</summary>
    public static IngestReport Run(IReadOnlyList<string> paths, string db, SourceOptions sourceOptions, PipelineOptions pipelineOptions,
        int? workers, TextWriter output, TextWriter error)
    {
        foreach (var p in paths)
            if (!File.Exists(p) && !Directory.Exists(p)) throw new UsageException($"no such file or folder: {p}");
        var files = FileSource.Enumerate(paths).ToList();
        bool streamsMany = files.Any(f => JsonlAdapter.Handles(Path.GetExtension(f.Path).ToLowerInvariant()));
        int? total = streamsMany ? null : files.Count;
        var source = new FileSource(sourceOptions);
        var items = files.SelectMany(f => source.ReadOne(f.Path, f.Id));
        var pipeline = DefaultPipeline.Create(pipelineOptions);

        IngestReport report;
        if (Consoles.IsTerminal(output))
            report = WithProgressBar(items, db, pipeline, workers, total, output);
        else
            report = WithProgressLines(items, db, pipeline, workers, error);
        PrintSummary(report, output);
        return report;
    }

    private static IngestReport WithProgressBar(IEnumerable<SourceItem> items, string db, DocumentPipeline pipeline, int? workers, int? total, TextWriter output)
    {
        IngestReport? report = null;
        Consoles.For(output).Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("ingest", maxValue: total ?? 1);
                task.IsIndeterminate = total is null;
                var ingestor = new Ingestor(pipeline, workers)
                {
                    Progress = p =>
                    {
                        task.Value = total is null ? 0 : p.Inputs;
                        task.Description = $"ingest {p.Inputs:N0} inputs, {p.Rate:N0} docs/s";
                    },
                };
                report = ingestor.Run(items, db);
            });
        return report!;
    }

    private static IngestReport WithProgressLines(IEnumerable<SourceItem> items, string db, DocumentPipeline pipeline, int? workers, TextWriter error)
    {
        var last = TimeSpan.Zero;
        var ingestor = new Ingestor(pipeline, workers)
        {
            Progress = p =>
            {
                if (p.Elapsed - last < TimeSpan.FromSeconds(2)) return;
                last = p.Elapsed;
                error.WriteLine($"ingest: {p.Inputs:N0} inputs, {p.Documents:N0} documents, {p.Failed:N0} failed, {p.Rate:N0} docs/s");
            },
        };
        return ingestor.Run(items, db);
    }

    /// <summary>Prints the closing summary: counts, then each failure and warning with its reason.</summary>
    public static void PrintSummary(IngestReport r, TextWriter output)
    {
        double rate = r.Elapsed.TotalSeconds > 0 ? r.Documents / r.Elapsed.TotalSeconds : 0;
        output.WriteLine($"Documents: {r.Added:N0} new, {r.AlreadyPresent:N0} already present, {r.Updated:N0} updated, {r.Failures.Count:N0} failed");
        output.WriteLine($"Stored: {r.Sentences:N0} sentences, {r.Tokens:N0} tokens, {r.Events:N0} events in {r.Elapsed.TotalSeconds:N1} s ({rate:N0} docs/s)");
        if (r.Failures.Count > 0)
        {
            output.WriteLine("Failed:");
            foreach (var (origin, reason) in r.Failures) output.WriteLine($"  {origin}: {reason}");
        }
        if (r.Warnings.Count > 0)
        {
            output.WriteLine("Warnings:");
            foreach (var (origin, warning) in r.Warnings) output.WriteLine($"  {origin}: {warning}");
        }
    }
}
