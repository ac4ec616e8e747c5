using System.CommandLine;
using Entente.Cli.Output;

namespace Entente.Cli.Commands;

/// <summary><c>entente alignment CODE</c>: an actor's alignment score with every partner.</summary>
public static class AlignmentCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("alignment", "Alignment (−1 conflict … +1 cooperation, time-decayed) of an actor with each partner.");
        var code = new Argument<string>("CODE") { Description = "Actor code (country level, e.g. CHN)." };
        var db = CommonOptions.Db();
        var format = CommonOptions.Format();
        var since = CommonOptions.Date("--since", "First day (default: a year before --until).");
        var until = CommonOptions.Date("--until", "Last day (default: the last stored event).");
        var halfLife = AnalysisOptions.HalfLife();
        cmd.Add(code);
        foreach (Option o in new Option[] { db, format, since, until, halfLife }) cmd.Add(o);
        cmd.SetAction(r =>
        {
            using var store = StoreAccess.OpenRead(r.GetValue(db)!);
            var (s, u) = AnalysisOptions.Window(store, r.GetValue(since), r.GetValue(until));
            var (graph, blocs, _) = AnalysisOptions.Blocs(store, s, u, r.GetValue(halfLife));
            string who = r.GetValue(code)!.Trim().ToUpperInvariant();
            int i = graph.IndexOf(who.Length > 3 ? who[..3] : who);
            if (i < 0) throw new UsageException($"{who} has no events with another actor between {s:yyyy-MM-dd} and {u:yyyy-MM-dd}");
            var t = new Tabular("partner", "score", "weight", "events", "same_bloc");
            foreach (int j in Enumerable.Range(0, graph.Count).Where(j => j != i && graph.Magnitude(i, j) > 0).OrderByDescending(j => graph.Score(i, j)))
                t.Add(graph.Nodes[j], Math.Round(graph.Score(i, j), 3), Math.Round(graph.Weight(i, j), 1), Math.Round(graph.Events(i, j), 1),
                    blocs.Labels[i] >= 0 && blocs.Labels[i] == blocs.Labels[j]);
            var output = r.InvocationConfiguration.Output;
            t.Write(output, CommonOptions.Resolve(r.GetValue(format), output), $"Alignment of {graph.Nodes[i]}, {s:yyyy-MM-dd} to {u:yyyy-MM-dd} (bloc {blocs.Labels[i] + 1})");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
