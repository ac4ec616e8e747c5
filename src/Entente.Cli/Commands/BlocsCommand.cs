using System.CommandLine;
using Entente.Analysis;
using Entente.Cli.Output;
using Entente.Store.Queries;

namespace Entente.Cli.Commands;

/// <summary><c>entente blocs</c>: blocs of the signed alignment graph, their brokers, and optionally how they evolve window by window.</summary>
public static class BlocsCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("blocs", "Blocs of actors from cooperation and conflict (signed spectral clustering), with the brokers between them.");
        var db = CommonOptions.Db();
        var format = CommonOptions.Format();
        var since = CommonOptions.Date("--since", "First day (default: a year before --until).");
        var until = CommonOptions.Date("--until", "Last day (default: the last stored event).");
        var halfLife = AnalysisOptions.HalfLife();
        var max = new Option<int>("--max-blocs") { Description = "Most blocs to consider.", DefaultValueFactory = _ => 8 };
        var window = new Option<int?>("--window") { Description = "Also detect blocs in windows of this many days, stepping by --step.", HelpName = "DAYS" };
        var step = new Option<int>("--step") { Description = "Step between windows, in days.", DefaultValueFactory = _ => 30, HelpName = "DAYS" };
        var top = new Option<int>("--top") { Description = "Brokers to list.", DefaultValueFactory = _ => 10 };
        foreach (Option o in new Option[] { db, format, since, until, halfLife, max, window, step, top }) cmd.Add(o);
        cmd.SetAction(r =>
        {
            using var store = StoreAccess.OpenRead(r.GetValue(db)!);
            var (s, u) = AnalysisOptions.Window(store, r.GetValue(since), r.GetValue(until));
            var output = r.InvocationConfiguration.Output;
            var fmt = CommonOptions.Resolve(r.GetValue(format), output);
            var (graph, blocs, central) = AnalysisOptions.Blocs(store, s, u, r.GetValue(halfLife), r.GetValue(max));
            Write(blocs, central, output, fmt, r.GetValue(top), $"{s:yyyy-MM-dd} to {u:yyyy-MM-dd}");
            if (r.GetValue(window) is int days)
            {
                var bins = AnalysisQueries.AllBins(store, days < 120 ? Granularity.Day : Granularity.Month, s.AddDays(-days), u);
                var windows = BlocTimeline.Detect(bins, s, u, days, r.GetValue(step),
                    new Entente.Analysis.AlignmentOptions { HalfLifeDays = r.GetValue(halfLife) }, r.GetValue(max));
                var t = new Tabular("since", "until", "blocs", "modularity", "stability", "largest_bloc");
                foreach (var w in windows)
                    t.Add(w.Since.ToString("yyyy-MM-dd"), w.Until.ToString("yyyy-MM-dd"), w.Partition.Count, Math.Round(w.Partition.Modularity, 3),
                        Math.Round(w.Stability, 3), w.Partition.Count > 0 ? string.Join(" ", w.Partition.Codes(0)) : "");
                t.Write(output, fmt, "Blocs window by window (stability: Rand index with the previous window)");
            }
            GC.KeepAlive(graph);
            return ExitCodes.Ok;
        });
        return cmd;
    }

    /// <summary>Prints the blocs and the brokers (also used by the analyze report).</summary>
    public static void Write(BlocPartition blocs, NodeCentrality[] central, TextWriter output, OutputFormat fmt, int top, string window)
    {
        var t = new Tabular("bloc", "size", "members", "alignment_within", "alignment_with_others");
        for (int b = 0; b < blocs.Count; b++)
        {
            double outside = blocs.Count < 2 ? 0 : Enumerable.Range(0, blocs.Count).Where(o => o != b).Average(o => blocs.MeanScore(b, o));
            t.Add(b + 1, blocs.Members[b].Length, string.Join(" ", blocs.Codes(b)), Math.Round(blocs.MeanScore(b, b), 3), Math.Round(outside, 3));
        }
        t.Write(output, fmt, $"Blocs, {window} (signed modularity {blocs.Modularity:0.000})");
        var brokers = new Tabular("actor", "bloc", "participation", "betweenness", "cooperation", "conflict");
        foreach (var c in central.Where(c => c.Bloc >= 0).OrderByDescending(c => c.Participation * (1 + c.Betweenness)).ThenBy(c => c.Code, StringComparer.Ordinal).Take(top))
            brokers.Add(c.Code, c.Bloc + 1, Math.Round(c.Participation, 3), Math.Round(c.Betweenness, 3), Math.Round(c.PositiveStrength, 1), Math.Round(c.NegativeStrength, 1));
        brokers.Write(output, fmt, "Brokers (cooperation spread across blocs)");
    }
}
