using System.CommandLine;
using Entente.Cli.Output;
using Entente.Store.Queries;

namespace Entente.Cli.Commands;

/// <summary><c>entente stats</c>: counts over the database.</summary>
public static class StatsCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("stats", "Show counts of documents, sentences, actors and events in the database.");
        var db = CommonOptions.Db();
        var format = CommonOptions.Format();
        cmd.Add(db); cmd.Add(format);
        cmd.SetAction(r =>
        {
            using var store = StoreAccess.OpenRead(r.GetValue(db)!);
            var s = StoreQueries.Stats(store);
            var rows = new Tabular("documents", "sentences", "tokens", "actorMentions", "events", "eventClusters", "publications", "firstPublished", "lastPublished", "schema");
            rows.Add(s.Documents, s.Sentences, s.Tokens, s.ActorMentions, s.Events, s.EventClusters, s.Publications, s.FirstPublished, s.LastPublished, s.SchemaVersion);
            var output = r.InvocationConfiguration.Output;
            rows.Write(output, CommonOptions.Resolve(r.GetValue(format), output), "Database");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
