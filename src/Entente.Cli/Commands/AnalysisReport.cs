using Entente.Cli.Output;
using Entente.Store;
using Entente.Store.Queries;

namespace Entente.Cli.Commands;

/// <summary>The report <c>entente analyze</c> prints after ingesting: one section per pipeline stage.</summary>
public static class AnalysisReport
{
    /// <summary>Writes the report for everything in <paramref name="store"/>.</summary>
    public static void Write(SqliteStore store, TextWriter output, int top)
    {
        var s = StoreQueries.Stats(store);
        output.WriteLine($"Database: {s.Documents:N0} documents from {s.Publications:N0} publications, {s.FirstPublished ?? "?"} to {s.LastPublished ?? "?"}; " +
                         $"{s.Sentences:N0} sentences, {s.Tokens:N0} tokens, {s.ActorMentions:N0} actor mentions, {s.Events:N0} events in {s.EventClusters:N0} clusters.");
        output.WriteLine();

        var docs = new Tabular("document", "publication", "published", "title", "events");
        foreach (var d in StoreQueries.Documents(store, top)) docs.Add(d.Id, d.Publication, d.Published, d.Title, d.Events);
        docs.Write(output, OutputFormat.Table, "Documents");

        var actors = ReportQueries.TopActors(store, top);
        if (actors.Count > 0)
        {
            var t = new Tabular("actor", "name", "mentions");
            foreach (var a in actors) t.Add(a.Code, a.Name, a.Mentions);
            t.Write(output, OutputFormat.Table, "Actors");
        }
        var unresolved = ReportQueries.UnresolvedNames(store, top);
        if (unresolved.Count > 0)
        {
            var t = new Tabular("name", "mentions");
            foreach (var u in unresolved) t.Add(u.Name, u.Mentions);
            t.Write(output, OutputFormat.Table, "Unresolved names");
        }

        var treaties = TreatyQueries.List(store);
        if (treaties.Count > 0) TreatiesCommand.Summary(treaties.Take(top)).Write(output, OutputFormat.Table, "Treaties");
        else output.WriteLine("Treaties: none found.");

        var events = ReportQueries.TopEvents(store, top);
        if (events.Count == 0) output.WriteLine("Events: none coded.");
        else
        {
            var ev = new Tabular("date", "source", "target", "cameo", "goldstein", "sources", "sentence");
            foreach (var e in events) ev.Add(e.Date, e.Actor1, e.Actor2, e.Cameo, e.Goldstein, e.Sources, e.Text);
            ev.Write(output, OutputFormat.Table, "Events (most reported first)");
        }
        WriteClaims(store, output, top);
        WriteBlocs(store, output, top);
    }

    private static void WriteClaims(SqliteStore store, TextWriter output, int top)
    {
        var contested = ClaimQueries.Contradictions(store, top);
        if (contested.Count == 0) output.WriteLine("Contested claims: none (no two sources give incompatible figures or dates).");
        else ClaimsCommand.Contradictions(contested).Write(output, OutputFormat.Table, "Contested claims");
        long amounts = Convert.ToInt64(store.Scalar("SELECT count(*) FROM amounts"));
        long quotes = Convert.ToInt64(store.Scalar("SELECT count(*) FROM quotations"));
        long attributed = Convert.ToInt64(store.Scalar("SELECT count(*) FROM quotations WHERE speaker_text IS NOT NULL"));
        output.WriteLine($"Claims: {amounts:N0} amounts, {quotes:N0} quotations ({attributed:N0} with a speaker); see 'entente claims' and 'entente quotes'.");
    }

    // The whole stored period, so a handful of articles still shows who sides with whom.
    private static void WriteBlocs(SqliteStore store, TextWriter output, int top)
    {
        if (AnalysisQueries.Span(store) is not { } span)
        {
            output.WriteLine("Blocs: no events between two actors.");
            return;
        }
        var (graph, blocs, central) = AnalysisOptions.Blocs(store, span.First, span.Last, halfLife: 180);
        if (graph.Count < 2 || blocs.Count == 0)
        {
            output.WriteLine("Blocs: too few actors.");
            return;
        }
        BlocsCommand.Write(blocs, central, output, OutputFormat.Table, top, $"{span.First:yyyy-MM-dd} to {span.Last:yyyy-MM-dd}");
    }
}
