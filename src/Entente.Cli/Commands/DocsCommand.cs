using System.CommandLine;
using Entente.Cli.Output;
using Entente.Store.Queries;

namespace Entente.Cli.Commands;

/// <summary><c>entente docs</c>: lists stored documents.</summary>
public static class DocsCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("docs", "List stored documents.");
        var db = CommonOptions.Db();
        var format = CommonOptions.Format();
        var limit = new Option<int?>("--limit") { Description = "At most this many documents." };
        cmd.Add(db); cmd.Add(format); cmd.Add(limit);
        cmd.SetAction(r =>
        {
            using var store = StoreAccess.OpenRead(r.GetValue(db)!);
            var rows = new Tabular("id", "title", "publication", "published", "sentences", "tokens", "events");
            foreach (var d in StoreQueries.Documents(store, r.GetValue(limit)))
                rows.Add(d.Id, d.Title, d.Publication, d.Published, d.Sentences, d.Tokens, d.Events);
            var output = r.InvocationConfiguration.Output;
            rows.Write(output, CommonOptions.Resolve(r.GetValue(format), output), "Documents");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
