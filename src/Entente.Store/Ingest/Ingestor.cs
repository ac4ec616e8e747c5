using System.Diagnostics;
using System.Threading.Channels;
using Entente.Model;
using Entente.Pipeline;
using Entente.Sources;

namespace Entente.Store.Ingest;

/// <summary>
/// Runs an ingest: reads inputs, sends each new document through the pipeline on several threads,
/// and writes results in input order from one writer, so the outcome does not depend on timing.
/// Documents whose text is already stored skip the pipeline.
/// </summary>
public sealed class Ingestor
{
    private readonly DocumentPipeline _pipeline;
    private readonly int _workers;

    /// <summary>Creates an ingestor; <paramref name="workers"/> defaults to the processor count.</summary>
    public Ingestor(DocumentPipeline pipeline, int? workers = null)
    {
        _pipeline = pipeline;
        _workers = Math.Max(1, workers ?? Environment.ProcessorCount);
    }

    /// <summary>Called after each input with (inputs done, documents stored so far).</summary>
    public Action<IngestProgress>? Progress { get; init; }

    /// <summary>Ingests every item into the store at <paramref name="dbPath"/>.</summary>
    public IngestReport Run(IEnumerable<SourceItem> items, string dbPath, CancellationToken cancel = default)
    {
        var report = new IngestReport();
        var clock = Stopwatch.StartNew();
        using var store = SqliteStore.Open(dbPath);
        using var writer = new DocumentWriter(store);
        var known = new KnownHashes(dbPath);
        var queue = Channel.CreateBounded<Task<Processed>>(new BoundedChannelOptions(_workers * 4) { SingleReader = true, SingleWriter = true });
        using var gate = new SemaphoreSlim(_workers);

        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var item in items)
                {
                    cancel.ThrowIfCancellationRequested();
                    await gate.WaitAsync(cancel);
                    var task = Task.Run(() => { try { return Process(item, known); } finally { gate.Release(); } }, cancel);
                    await queue.Writer.WriteAsync(task, cancel);
                }
            }
            finally { queue.Writer.Complete(); }
        }, cancel);

        int done = 0;
        foreach (var task in queue.Reader.ReadAllAsync(cancel).ToBlockingEnumerable(cancel))
        {
            var p = task.GetAwaiter().GetResult();
            Record(p, writer, report);
            done++;
            Progress?.Invoke(new IngestProgress(done, report.Documents, report.Failures.Count, clock.Elapsed));
        }
        producer.GetAwaiter().GetResult();
        writer.Commit();
        known.Dispose();
        report.Elapsed = clock.Elapsed;
        return report;
    }

    private Processed Process(SourceItem item, KnownHashes known)
    {
        if (item.Document is not { } doc) return new Processed(item, null, false, null);
        var hash = DocumentHash.Of(doc.Text);
        if (known.Contains(hash)) return new Processed(item, hash, true, null);
        try
        {
            _pipeline.Process(doc);
            return new Processed(item, hash, false, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new Processed(item, hash, false, $"processing failed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private static void Record(Processed p, DocumentWriter writer, IngestReport report)
    {
        foreach (var w in p.Item.Warnings) report.Warnings.Add((p.Item.Origin, w));
        if (p.Item.Error is not null) { report.Failures.Add((p.Item.Origin, p.Item.Error)); return; }
        if (p.Error is not null) { report.Failures.Add((p.Item.Origin, p.Error)); return; }
        if (p.Skipped) { report.AlreadyPresent++; return; }
        var doc = p.Item.Document!;
        switch (writer.Write(doc, p.Hash!))
        {
            case StoreOutcome.AlreadyPresent: report.AlreadyPresent++; return;
            case StoreOutcome.Updated: report.Updated++; break;
            default: report.Added++; break;
        }
        report.Sentences += doc.Sentences.Count;
        report.Tokens += doc.TokenCount;
        report.Events += doc.Events.Count;
    }

    private sealed record Processed(SourceItem Item, string? Hash, bool Skipped, string? Error);
}
