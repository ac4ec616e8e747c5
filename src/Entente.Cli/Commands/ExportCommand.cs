using System.CommandLine;
using Entente.Analysis.Export;
using Entente.Cli.Output;
using Entente.Store.Export;
using Entente.Store.Queries;

namespace Entente.Cli.Commands;

/// <summary><c>entente export gdelt|graphml|gexf|csv --out FILE</c>: events for GDELT tools, the alignment graph for Gephi, tables for spreadsheets.</summary>
public static class ExportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("export", "Export events as a GDELT 2.0 event table (TSV), the alignment graph as GraphML or GEXF, or a table as CSV.");
        var what = new Argument<string>("FORMAT") { Description = "gdelt, graphml, gexf or csv." };
        var out_ = new Option<string>("--out") { Description = "Output file.", Required = true, HelpName = "FILE" };
        var db = CommonOptions.Db();
        var since = CommonOptions.Date("--since", "First day (graph default: a year before --until).");
        var until = CommonOptions.Date("--until", "Last day (graph default: the last stored event).");
        var halfLife = AnalysisOptions.HalfLife();
        var table = new Option<string>("--table") { Description = "For csv: events, edges (alignment pairs) or nodes (actors with bloc and centrality).", DefaultValueFactory = _ => "events" };
        var header = new Option<bool>("--header") { Description = "For gdelt: write the column names as a first row (GDELT files have none)." };
        cmd.Add(what);
        foreach (Option o in new Option[] { out_, db, since, until, halfLife, table, header }) cmd.Add(o);
        cmd.SetAction(r =>
        {
            string format = r.GetValue(what)!.Trim().ToLowerInvariant();
            if (format is not ("gdelt" or "graphml" or "gexf" or "csv")) throw new UsageException($"unknown export format '{format}' (gdelt, graphml, gexf or csv)");
            string tableName = r.GetValue(table)!.Trim().ToLowerInvariant();
            if (format == "csv" && tableName is not ("events" or "edges" or "nodes")) throw new UsageException($"--table: '{tableName}' is not events, edges or nodes");
            using var store = StoreAccess.OpenRead(r.GetValue(db)!);
            string path = r.GetValue(out_)!;
            using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
            string summary;
            if (format == "gdelt" || (format == "csv" && tableName == "events"))
            {
                var events = EventQueries.List(store, new EventFilter { Since = r.GetValue(since), Until = r.GetValue(until) });
                if (format == "gdelt") summary = $"{GdeltEventExport.Write(events, writer, r.GetValue(header)):N0} events";
                else
                {
                    var t = new Tabular("id", "date", "actor1", "actor2", "cameo", "root", "quad", "goldstein", "modality", "confidence", "mentions", "sources", "doc", "sentence", "text");
                    foreach (var e in events)
                        t.Add(e.Id, e.Date ?? e.Published, e.Actor1?.Code, e.Actor2?.Code, e.Cameo, e.Root, e.Quad, e.Goldstein, e.Modality, e.Confidence,
                            e.Mentions, e.SourceDocuments, e.Doc, e.Sentence, e.Text);
                    t.Write(writer, OutputFormat.Csv);
                    summary = $"{t.Count:N0} events";
                }
            }
            else
            {
                var (s, u) = AnalysisOptions.Window(store, r.GetValue(since), r.GetValue(until));
                var (graph, blocs, central) = AnalysisOptions.Blocs(store, s, u, r.GetValue(halfLife));
                if (format == "graphml") GraphMlWriter.Write(blocs, central, writer);
                else if (format == "gexf") GexfWriter.Write(blocs, central, writer);
                else if (tableName == "edges")
                {
                    var t = new Tabular("source", "target", "score", "signed_weight", "weight", "events", "same_bloc");
                    foreach (var (i, j) in GraphMlWriter.Edges(graph))
                        t.Add(graph.Nodes[i], graph.Nodes[j], graph.Score(i, j), graph.Weight(i, j), Math.Abs(graph.Weight(i, j)), graph.Events(i, j),
                            blocs.Labels[i] >= 0 && blocs.Labels[i] == blocs.Labels[j]);
                    t.Write(writer, OutputFormat.Csv);
                }
                else
                {
                    var t = new Tabular("actor", "bloc", "strength", "cooperation", "conflict", "participation", "betweenness");
                    foreach (var c in central) t.Add(c.Code, c.Bloc + 1, c.Strength, c.PositiveStrength, c.NegativeStrength, c.Participation, c.Betweenness);
                    t.Write(writer, OutputFormat.Csv);
                }
                summary = $"{graph.Count} actors, {GraphMlWriter.Edges(graph).Count()} pairs, {blocs.Count} blocs ({s:yyyy-MM-dd} to {u:yyyy-MM-dd})";
            }
            r.InvocationConfiguration.Output.WriteLine($"wrote {summary} to {path}");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
