using System.CommandLine;
using Entente.Cli.Output;
using Entente.Store.Queries;

namespace Entente.Cli.Commands;

/// <summary><c>entente actors</c>: resolved actors with mention counts, and names that could not be resolved.</summary>
public static class ActorsCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("actors", "List resolved actors with mention counts, then unresolved names with counts.");
        var db = CommonOptions.Db();
        var format = CommonOptions.Format();
        var top = new Option<int>("--top") { Description = "At most this many rows per list.", DefaultValueFactory = _ => 100 };
        var unresolvedOnly = new Option<bool>("--unresolved") { Description = "Only the unresolved names." };
        cmd.Add(db); cmd.Add(format); cmd.Add(top); cmd.Add(unresolvedOnly);
        cmd.SetAction(r =>
        {
            using var store = StoreAccess.OpenRead(r.GetValue(db)!);
            var output = r.InvocationConfiguration.Output;
            var fmt = CommonOptions.Resolve(r.GetValue(format), output);
            // One listing with a status column, so machine formats stay a single table.
            var rows = new Tabular("status", "code", "name", "mentions");
            if (!r.GetValue(unresolvedOnly))
                foreach (var a in ReportQueries.TopActors(store, r.GetValue(top))) rows.Add("resolved", a.Code, a.Name, a.Mentions);
            foreach (var u in ReportQueries.UnresolvedNames(store, r.GetValue(top))) rows.Add("unresolved", null, u.Name, u.Mentions);
            rows.Write(output, fmt, "Actors");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
