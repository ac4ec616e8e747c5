using System.CommandLine;
using Entente.Cli.Output;
using Entente.Store.Queries;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente claims</c>: the amounts stated in the articles, resolved (bounds, unit, counted thing, actors, event),
/// each with document, sentence and span; <c>--contested</c> lists the contradictions instead, both sides with sources.
/// </summary>
public static class ClaimsCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("claims", "List stated amounts with their bounds and sources; --contested: claims that contradict each other.");
        var db = CommonOptions.Db();
        var format = CommonOptions.Format();
        var contested = new Option<bool>("--contested") { Description = "Only contradictions: figures whose bounds do not overlap, conflicting dates for one event." };
        var limit = new Option<int?>("--limit") { Description = "At most this many rows." };
        foreach (Option o in new Option[] { db, format, contested, limit }) cmd.Add(o);
        cmd.SetAction(r =>
        {
            using var store = StoreAccess.OpenRead(r.GetValue(db)!);
            var output = r.InvocationConfiguration.Output;
            var fmt = CommonOptions.Resolve(r.GetValue(format), output);
            if (r.GetValue(contested)) Contradictions(ClaimQueries.Contradictions(store, r.GetValue(limit))).Write(output, fmt, "Contested claims");
            else Amounts(ClaimQueries.Amounts(store, limit: r.GetValue(limit))).Write(output, fmt, "Claims (amounts)");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    /// <summary>Contradictions as rows.</summary>
    public static Tabular Contradictions(IEnumerable<ContradictionRecord> rows)
    {
        var t = new Tabular("kind", "subject", "claim", "doc", "publication", "versus", "other_doc", "other_publication", "claim_id", "other_id");
        foreach (var c in rows) t.Add(c.Kind, c.Subject, c.AValue, c.ADoc, c.APublication, c.BValue, c.BDoc, c.BPublication, c.AId, c.BId);
        return t;
    }

    private static Tabular Amounts(IEnumerable<AmountRecord> rows)
    {
        var t = new Tabular("id", "doc", "publication", "published", "sentence", "start", "end", "text", "value", "low", "high", "approximation",
            "kind", "unit", "counted", "actor1", "actor2", "event", "attribution", "contested");
        foreach (var a in rows)
            t.Add(a.Id, a.Doc, a.Publication, a.Published, a.Sentence, a.Start, a.End, a.Text, a.Value, a.Low, a.High, a.Approximation,
                a.Kind, a.Unit, a.Counted, a.Actor1, a.Actor2, a.Event, a.Attribution, a.Contradictions > 0);
        return t;
    }
}
