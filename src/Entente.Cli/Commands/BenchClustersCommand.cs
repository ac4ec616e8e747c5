using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Entente.Claims.Clustering;
using Entente.Model;
using Entente.Sources;
using Entente.Store;
using Entente.Store.Ingest;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente bench clusters</c>: clusters synthetic event mentions (real events each reported 1–6 times with
/// dates a day apart, skewed country and code frequencies) and reports time and peak memory, then re-clusters them in
/// shuffled order and checks the clusters are identical. <c>--store</c> measures the incremental SQLite path instead.
/// </summary>
public static class BenchClustersCommand
{
    private static readonly string[] Countries =
    [
        "USA", "CHN", "RUS", "IND", "GBR", "FRA", "DEU", "JPN", "UKR", "ISR", "IRN", "PAK", "VNM", "PHL", "KOR", "PRK", "TUR", "SAU",
        "EGY", "BRA", "MEX", "CAN", "AUS", "IDN", "NGA", "ZAF", "ETH", "SYR", "IRQ", "AFG", "POL", "ITA", "ESP", "NLD", "SWE", "NOR",
        "ARG", "COL", "VEN", "CUB",
    ];

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("clusters", "Benchmark cross-document event clustering: time, peak memory, order independence.");
        var mentions = new Option<int>("--mentions") { Description = "Number of event mentions.", DefaultValueFactory = _ => 100_000 };
        var seed = new Option<int>("--seed") { Description = "Random seed of the synthetic mentions.", DefaultValueFactory = _ => 1 };
        var store = new Option<bool>("--store") { Description = "Cluster through the SQLite writer (incremental, as ingest does) instead of in memory." };
        cmd.Add(mentions); cmd.Add(seed); cmd.Add(store);
        cmd.SetAction(r =>
        {
            var output = r.InvocationConfiguration.Output;
            var list = Generate(r.GetValue(mentions), r.GetValue(seed));
            var published = new DateOnly(2025, 1, 1);
            GC.Collect();
            long heapBefore = GC.GetTotalMemory(true);
            var clock = Stopwatch.StartNew();
            int clusters, largest = 0;
            string? orderCheck = null;
            if (r.GetValue(store)) clusters = ThroughStore(list, published);
            else
            {
                var reps = Cluster(list, published, out clusters);
                clock.Stop();
                largest = reps.Values.GroupBy(v => v).Max(g => g.Count());
                var shuffled = list.OrderBy(m => Hash(m.Id)).ToList();
                var again = Cluster(shuffled, published, out _);
                orderCheck = reps.Count == again.Count && reps.All(kv => again[kv.Key] == kv.Value) ? "identical" : "DIFFERENT";
            }
            clock.Stop();
            using var self = Process.GetCurrentProcess();
            self.Refresh();
            double peakMb = self.PeakWorkingSet64 / 1048576.0, seconds = clock.Elapsed.TotalSeconds;
            output.WriteLine($"clustered {list.Count:N0} mentions into {clusters:N0} clusters in {seconds:N2} s " +
                             $"({list.Count / seconds:N0} mentions/s{(largest > 0 ? $", largest {largest:N0}" : "")}){(r.GetValue(store) ? " through SQLite" : "")}; peak memory {peakMb:N0} MB" +
                             (orderCheck is null ? "" : $"; shuffled order gives {orderCheck} clusters"));
            output.WriteLine(JsonSerializer.Serialize(new
            {
                bench = "clusters", mode = r.GetValue(store) ? "store" : "memory", mentions = list.Count, clusters, largest = largest > 0 ? largest : (int?)null, seconds = Math.Round(seconds, 3),
                peakMemoryMB = Math.Round(peakMb, 1), heapBeforeMB = Math.Round(heapBefore / 1048576.0, 1), orderIndependent = orderCheck,
            }));
            return orderCheck is null or "identical" ? ExitCodes.Ok : ExitCodes.SomeFailed;
        });
        return cmd;
    }

    private static Dictionary<string, string> Cluster(List<EventMention> list, DateOnly published, out int clusters)
    {
        var c = new EventClusterer();
        var index = new int[list.Count];
        for (int i = 0; i < list.Count; i++) index[i] = c.Add(ClusterRule.For(list[i], published)!.Value);
        var reps = new Dictionary<string, string>(list.Count);
        for (int i = 0; i < list.Count; i++) reps[list[i].Id] = c.RepresentativeOf(index[i]);
        clusters = c.ClusterCount;
        return reps;
    }

    /// <summary>Writes the mentions as documents of five mentions each through <see cref="DocumentWriter"/>.</summary>
    private static int ThroughStore(List<EventMention> list, DateOnly published)
    {
        var root = Path.Combine(Path.GetTempPath(), "entente-bench-clusters-" + Environment.ProcessId);
        Directory.CreateDirectory(root);
        var db = Path.Combine(root, "bench.db");
        try
        {
            using var store = SqliteStore.Open(db);
            using (var writer = new DocumentWriter(store, batchSize: 512))
            {
                for (int start = 0, n = 0; start < list.Count; start += 5, n++)
                {
                    var text = $"synthetic document {n}";
                    var doc = new Document(new DocumentMetadata { Id = $"d{n:D6}", Publication = $"P{n % 50}", Published = published }, text);
                    for (int i = start; i < Math.Min(start + 5, list.Count); i++) doc.Events.Add(list[i] with { Id = $"d{n:D6}#{i - start}" });
                    writer.Write(doc, DocumentHash.Of(text));
                }
            }
            return Convert.ToInt32(store.Scalar("SELECT count(*) FROM event_clusters"));
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>Real events, each reported by 1–6 mentions up to a day apart; countries and codes Zipf-skewed.</summary>
    private static List<EventMention> Generate(int count, int seed)
    {
        var rng = new Random(seed);
        var list = new List<EventMention>(count);
        var start = new DateOnly(2024, 1, 1);
        int ev = 0;
        while (list.Count < count)
        {
            string a1 = Countries[Zipf(rng, Countries.Length)], a2 = Countries[Zipf(rng, Countries.Length)];
            int root = 1 + Zipf(rng, 20);
            var code = new CameoCode($"{root:D2}{rng.Next(0, 4)}");
            var day = start.AddDays(rng.Next(0, 365));
            int reports = 1 + Math.Min(5, Zipf(rng, 8));
            double p = rng.NextDouble();
            for (int k = 0; k < reports && list.Count < count; k++)
            {
                var date = p < 0.85 ? EventDate.OfDay(day.AddDays(rng.Next(-1, 2))) : p < 0.93 ? EventDate.OfMonth(day.Year, day.Month) : EventDate.OfYear(day.Year);
                list.Add(new EventMention
                {
                    Id = $"e{ev:D6}.{k}", Sentence = 0, Span = new CharSpan(0, 1), Cameo = code, Date = date,
                    Actor1 = new ActorRef(new ActorCode(a1 + "GOV"), null, a1, a1), Actor2 = a1 == a2 ? null : new ActorRef(new ActorCode(a2), null, a2, a2),
                });
            }
            ev++;
        }
        return list;
    }

    private static int Zipf(Random rng, int n) => Math.Min(n - 1, (int)(n * Math.Pow(rng.NextDouble(), 2.5)));

    private static uint Hash(string s)
    {
        uint h = 2166136261;
        foreach (char c in s) { h ^= c; h *= 16777619; }
        return h;
    }
}
