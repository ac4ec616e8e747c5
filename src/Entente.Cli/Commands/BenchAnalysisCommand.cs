using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Entente.Analysis;
using Entente.Store;
using Entente.Store.Queries;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente bench analysis</c>: fills a SQLite store with synthetic events between planted blocs of
/// states (through the real schema, so the dyad sums are kept by its triggers), then times dyad
/// series queries and bloc detection. An existing file with enough events is reused.
/// </summary>
public static class BenchAnalysisCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("analysis", "Benchmark dyad series queries and bloc detection over synthetic events in SQLite.");
        var db = new Option<string>("--db") { Description = "Database file to fill (reused when it already holds the events).", DefaultValueFactory = _ => "bench-analysis.db" };
        var events = new Option<int>("--events") { Description = "Number of events.", DefaultValueFactory = _ => 10_000_000 };
        var states = new Option<int>("--states") { Description = "Number of states.", DefaultValueFactory = _ => 200 };
        var blocs = new Option<int>("--blocs") { Description = "Number of planted blocs.", DefaultValueFactory = _ => 4 };
        var repeat = new Option<int>("--repeat") { Description = "Timed repetitions of each query.", DefaultValueFactory = _ => 20 };
        foreach (Option o in new Option[] { db, events, states, blocs, repeat }) cmd.Add(o);
        cmd.SetAction(r =>
        {
            var output = r.InvocationConfiguration.Output;
            string path = r.GetValue(db)!;
            var world = new SyntheticWorld(r.GetValue(states), r.GetValue(blocs));
            long existing = Count(path);
            if (existing < r.GetValue(events))
            {
                foreach (var f in new[] { path, path + "-wal", path + "-shm" }) File.Delete(f);
                var gen = Stopwatch.StartNew();
                SyntheticEventWriter.Fill(path, world, r.GetValue(events), n => output.WriteLine($"  {n:N0} events, {gen.Elapsed.TotalSeconds:N0} s"));
                output.WriteLine($"generated {r.GetValue(events):N0} events between {world.States.Length} states in {gen.Elapsed.TotalSeconds:N1} s ({new FileInfo(path).Length / 1048576.0:N0} MB)");
            }
            else output.WriteLine($"reusing {path}: {existing:N0} events");

            using var store = SqliteStore.Open(path, readOnly: true);
            var (first, last) = AnalysisQueries.Span(store) ?? throw new UsageException($"{path} holds no dated dyads");
            int n = r.GetValue(repeat);
            var a = world.States[0].Code;
            var b = world.States[1].Code;
            var c = world.States[world.States.Length / 2].Code;
            var timings = new Dictionary<string, double>();
            void Time(string name, Func<int> query)
            {
                var ms = new List<double>();
                int rows = 0;
                for (int i = 0; i <= n; i++)
                {
                    var t = Stopwatch.StartNew();
                    rows = query();
                    ms.Add(t.Elapsed.TotalMilliseconds);
                }
                double cold = ms[0];
                ms.RemoveAt(0);
                ms.Sort();
                timings[name] = ms[ms.Count / 2];
                output.WriteLine($"{name,-52} {rows,6} periods  cold {cold,8:N2} ms  median {ms[ms.Count / 2],8:N2} ms  max {ms[^1],8:N2} ms");
            }
            Time($"dyad {a} {b} --by month (directed)", () => Series(store, a, b, Granularity.Month, true));
            Time($"dyad {a} {c} --by month --undirected", () => Series(store, a, c, Granularity.Month, false));
            Time($"dyad {a} {b} --by day (directed, full codes)", () => Series(store, a, b, Granularity.Day, true));
            Time($"dyad {a} {c} --by week --undirected", () => Series(store, a, c, Granularity.Week, false));
            Time($"dyad {a}GOV {b} --by year (role prefix)", () => Series(store, a + "GOV", b, Granularity.Year, true));

            var blocClock = Stopwatch.StartNew();
            var since = last.AddDays(-364);
            var graph = AnalysisQueries.AlignmentGraph(store, new AlignmentOptions { Since = since, Until = last });
            double load = blocClock.Elapsed.TotalMilliseconds, build = 0;
            var partition = BlocDetector.Detect(graph);
            double detect = blocClock.Elapsed.TotalMilliseconds - load - build;
            var central = Centrality.Compute(partition);
            double total = blocClock.Elapsed.TotalMilliseconds;
            double rand = world.RandIndex(graph, partition);
            output.WriteLine($"blocs over {graph.Count} states, {since:yyyy-MM-dd}..{last:yyyy-MM-dd}: load graph (decayed monthly sums) {load:N0} ms, " +
                             $"detection {detect:N0} ms, centrality {total - load - build - detect:N0} ms, total {total:N0} ms");
            output.WriteLine($"found {partition.Count} blocs (planted {world.Blocs}), modularity {partition.Modularity:N3}, Rand index against planted {rand:N4}");
            output.WriteLine(JsonSerializer.Serialize(new
            {
                bench = "analysis", events = Count(path), states = graph.Count, first = first.ToString("yyyy-MM-dd"), last = last.ToString("yyyy-MM-dd"),
                dyadMonthMedianMs = Math.Round(timings.First().Value, 2), dyadMedianMsMax = Math.Round(timings.Values.Max(), 2),
                blocsTotalMs = Math.Round(total), blocsDetectMs = Math.Round(detect), blocs = partition.Count, plantedBlocs = world.Blocs,
                randIndex = Math.Round(rand, 4), cores = Environment.ProcessorCount,
            }));
            GC.KeepAlive(central);
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static int Series(SqliteStore store, string a, string b, Granularity by, bool directed)
    {
        var bins = AnalysisQueries.DyadBins(store, a, b, directed, by);
        return DyadSeries.Build(bins, a, b, by, directed).Points.Count;
    }

    private static long Count(string path)
    {
        if (!File.Exists(path)) return 0;
        try
        {
            using var store = SqliteStore.Open(path, readOnly: true);
            return Convert.ToInt64(store.Scalar("SELECT count(*) FROM event_mentions"));
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            return 0;
        }
    }
}
