using System.CommandLine;
using Entente.Cli.Output;
using Entente.Store.Queries;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary><c>entente search "QUERY"</c>: full-text search over stored sentences.</summary>
public static class SearchCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("search", "Full-text search over sentences (FTS5 syntax: words, \"phrases\", OR, NOT, prefix*).");
        var query = new Argument<string>("QUERY") { Description = "What to look for." };
        var db = CommonOptions.Db();
        var format = CommonOptions.Format();
        var limit = new Option<int>("--limit") { Description = "At most this many results.", DefaultValueFactory = _ => 50 };
        cmd.Add(query); cmd.Add(db); cmd.Add(format); cmd.Add(limit);
        cmd.SetAction(r =>
        {
            var output = r.InvocationConfiguration.Output;
            var fmt = CommonOptions.Resolve(r.GetValue(format), output);
            using var store = StoreAccess.OpenRead(r.GetValue(db)!);
            List<SearchHit> hits;
            bool table = fmt == OutputFormat.Table;
            bool colour = table && Consoles.IsTerminal(output);
            // Markers must survive markup escaping in tables; plain brackets elsewhere.
            try { hits = StoreQueries.Search(store, r.GetValue(query)!, r.GetValue(limit), colour ? "\u0001" : "[", colour ? "\u0002" : "]"); }
            catch (ArgumentException ex) { throw new UsageException(ex.Message); }
            if (colour)
            {
                var console = Consoles.For(output);
                var t = new Table().Border(TableBorder.Rounded).AddColumn("document").AddColumn("date").AddColumn("sentence");
                foreach (var h in hits)
                    t.AddRow(Markup.Escape(h.Doc), Markup.Escape(h.Published ?? ""),
                        Markup.Escape(h.Highlighted).Replace("\u0001", "[bold yellow]").Replace("\u0002", "[/]"));
                console.Write(t);
                output.WriteLine($"{hits.Count} match(es)");
                return ExitCodes.Ok;
            }
            var rows = new Tabular("doc", "title", "published", "sentence", "text", "highlighted");
            foreach (var h in hits) rows.Add(h.Doc, h.Title, h.Published, h.Sentence, h.Text, h.Highlighted);
            rows.Write(output, fmt);
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
