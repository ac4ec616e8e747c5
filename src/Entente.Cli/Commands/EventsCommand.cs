using System.CommandLine;
using System.Text.Json;
using Entente.Cli.Output;
using Entente.Store.Queries;

namespace Entente.Cli.Commands;

/// <summary><c>entente events</c>: lists coded events; <c>--format jsonl</c> gives the versioned event record.</summary>
public static class EventsCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("events", "List coded events (JSON/JSONL: the event record, schema 1).");
        var db = CommonOptions.Db();
        var format = CommonOptions.Format();
        var actor = new Option<string?>("--actor") { Description = "Either actor's code starts with CODE (e.g. RUS, USAGOV).", HelpName = "CODE" };
        var dyad = new Option<string?>("--dyad") { Description = "Source and target code prefixes, e.g. CHN:USA.", HelpName = "A:B" };
        var since = CommonOptions.Date("--since", "Events on or after this date.");
        var until = CommonOptions.Date("--until", "Events on or before this date.");
        var code = new Option<string?>("--code") { Description = "CAMEO code prefix, e.g. 04 or 042.", HelpName = "PREFIX" };
        var limit = new Option<int?>("--limit") { Description = "At most this many events." };
        foreach (Option o in new Option[] { db, format, actor, dyad, since, until, code, limit }) cmd.Add(o);
        cmd.SetAction(r =>
        {
            var filter = new EventFilter
            {
                Actor = r.GetValue(actor), Dyad = ParseDyad(r.GetValue(dyad)), Since = r.GetValue(since), Until = r.GetValue(until),
                CodePrefix = r.GetValue(code), Limit = r.GetValue(limit),
            };
            using var store = StoreAccess.OpenRead(r.GetValue(db)!);
            var output = r.InvocationConfiguration.Output;
            var fmt = CommonOptions.Resolve(r.GetValue(format), output);
            var events = EventQueries.List(store, filter);
            if (fmt is OutputFormat.Json or OutputFormat.Jsonl) WriteJson(events, output, fmt == OutputFormat.Jsonl);
            else Flatten(events).Write(output, fmt, "Events");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static (string, string)? ParseDyad(string? text)
    {
        if (text is null) return null;
        var parts = text.Split(':');
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0) throw new UsageException($"--dyad expects A:B, e.g. CHN:USA (got '{text}')");
        return (parts[0], parts[1]);
    }

    private static void WriteJson(IEnumerable<EventRecord> events, TextWriter output, bool lines)
    {
        if (lines)
        {
            foreach (var e in events) output.WriteLine(EventRecordJson.ToJson(e));
            return;
        }
        output.WriteLine("[");
        bool first = true;
        foreach (var e in events)
        {
            if (!first) output.WriteLine(",");
            output.Write(EventRecordJson.ToJson(e));
            first = false;
        }
        output.WriteLine();
        output.WriteLine("]");
    }

    private static Tabular Flatten(IEnumerable<EventRecord> events)
    {
        var rows = new Tabular("id", "date", "actor1", "actor2", "cameo", "quad", "goldstein", "plover", "modality", "mentions", "sources", "doc", "text");
        foreach (var e in events)
            rows.Add(e.Id, e.Date ?? e.Published, e.Actor1?.Code, e.Actor2?.Code, e.Cameo, e.Quad, e.Goldstein,
                e.PloverType is null ? null : $"{e.PloverType}/{e.PloverMode}", e.Modality, e.Mentions, e.SourceDocuments, e.Doc, e.Text);
        return rows;
    }
}
