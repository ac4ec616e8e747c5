using System.CommandLine;
using Entente.Cli.Output;
using Entente.Store.Queries;

namespace Entente.Cli.Commands;

/// <summary><c>entente treaties</c>: treaties, pacts, partnerships and sanctions found in the text, with their evidence.</summary>
public static class TreatiesCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("treaties", "Treaties, pacts, partnerships and sanctions regimes: parties, obligations, actions and evidence sentences.");
        var db = CommonOptions.Db();
        var format = CommonOptions.Format();
        var party = new Option<string?>("--party") { Description = "Only those with a party (or sanctions target) whose code starts with CODE.", HelpName = "CODE" };
        var evidence = new Option<bool>("--evidence") { Description = "Also list every action and clause with its sentence." };
        foreach (Option o in new Option[] { db, format, party, evidence }) cmd.Add(o);
        cmd.SetAction(r =>
        {
            using var store = StoreAccess.OpenRead(r.GetValue(db)!);
            var treaties = TreatyQueries.List(store, r.GetValue(party));
            var output = r.InvocationConfiguration.Output;
            var fmt = CommonOptions.Resolve(r.GetValue(format), output);
            Summary(treaties).Write(output, fmt, "Treaties");
            if (r.GetValue(evidence)) Evidence(treaties).Write(output, fmt, "Evidence");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    /// <summary>One row a treaty (also used by the analyze report).</summary>
    public static Tabular Summary(IEnumerable<TreatyRecord> treaties)
    {
        var t = new Tabular("treaty", "kind", "parties", "target", "obligations", "date", "actions", "documents");
        foreach (var x in treaties)
            t.Add(x.Name, x.Kind, string.Join(" ", x.Parties), x.Target, x.Obligations, x.Date, Actions(x), x.Documents.Count);
        return t;
    }

    /// <summary>The treaty's actions in short: <c>signed 2025-03-04; supersedes 2009 memorandum; ratified (future)</c>.</summary>
    public static string Actions(TreatyRecord t) => string.Join("; ", t.Evidence.Where(e => e.Kind == "action" && e.What != "mentioned")
        .Select(e => $"{(e.What == "supersededby" ? "superseded by" : e.What)}{(e.Other is null ? "" : " " + e.Other)}{(e.Actor is null ? "" : " by " + e.Actor)}{(e.Date is null ? "" : " " + e.Date)}" +
                     $"{(e.Modality is null or "asserted" ? "" : $" ({e.Modality})")}")
        .Distinct());

    private static Tabular Evidence(IEnumerable<TreatyRecord> treaties)
    {
        var t = new Tabular("treaty", "kind", "what", "date", "modality", "actor", "other", "doc", "sentence", "text");
        foreach (var x in treaties)
            foreach (var e in x.Evidence)
                t.Add(x.Name, e.Kind, e.What, e.Date, e.Modality, e.Actor, e.Other, e.Doc, e.Sentence, e.Text);
        return t;
    }
}
