using System.CommandLine;
using Entente.Cli.Output;
using Entente.Store.Queries;

namespace Entente.Cli.Commands;

/// <summary><c>entente quotes [--speaker NAME]</c>: direct quotations with speaker, speech verb, document, sentence and span.</summary>
public static class QuotesCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("quotes", "List direct quotations with their speakers.");
        var db = CommonOptions.Db();
        var format = CommonOptions.Format();
        var speaker = new Option<string?>("--speaker") { Description = "Speaker's actor code prefix (e.g. CHN), actor name or words (e.g. spokesman).", HelpName = "NAME" };
        var limit = new Option<int?>("--limit") { Description = "At most this many quotations." };
        foreach (Option o in new Option[] { db, format, speaker, limit }) cmd.Add(o);
        cmd.SetAction(r =>
        {
            using var store = StoreAccess.OpenRead(r.GetValue(db)!);
            var output = r.InvocationConfiguration.Output;
            var fmt = CommonOptions.Resolve(r.GetValue(format), output);
            var t = new Tabular("id", "doc", "publication", "published", "sentence", "start", "end", "speaker", "speaker_name", "speaker_text", "verb", "partial", "how", "quote");
            foreach (var q in ClaimQueries.Quotations(store, r.GetValue(speaker), r.GetValue(limit)))
                t.Add(q.Id, q.Doc, q.Publication, q.Published, q.Sentence, q.Start, q.End, q.SpeakerCode, q.SpeakerName, q.SpeakerText, q.Verb, q.Partial, q.How, q.Text);
            t.Write(output, fmt, "Quotations");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
