using System.CommandLine;
using Entente.Actors;
using Entente.Model;
using Entente.Text;

namespace Entente.Cli.Commands;

/// <summary><c>entente who "TEXT" [--date D] [--actors FILE]</c>: how each actor reference in a phrase resolves, and why.</summary>
public static class WhoCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("who", "Show how the actors in a phrase resolve at a date, and why.");
        var text = new Argument<string>("TEXT") { Description = "A phrase or a few sentences." };
        var date = new Option<string?>("--date") { Description = "Date the roles are taken at (YYYY-MM-DD; default today).", HelpName = "YYYY-MM-DD" };
        var actors = ActorDictionaryOption.Create();
        cmd.Add(text); cmd.Add(date); cmd.Add(actors);
        cmd.SetAction(r =>
        {
            var output = r.InvocationConfiguration.Output;
            var at = ParseDate(r.GetValue(date));
            var dictionary = ActorDictionaryOption.Load(r.GetValue(actors), r.InvocationConfiguration.Error);
            var doc = new Document(new DocumentMetadata { Id = "who", Published = at }, r.GetValue(text) ?? "");
            // The same text stages as ingest, so "who" explains what an ingest would store.
            var pipes = new List<Pipeline.IPipe>();
            pipes.AddRange(TextPipeline.Segmentation());
            pipes.AddRange(TextPipeline.Tagging());
            pipes.Add(new Text.Parsing.ParserPipe());
            pipes.AddRange(TextPipeline.Entities());
            pipes.Add(new ActorPipe(dictionary));
            new Pipeline.DocumentPipeline(pipes).Process(doc);
            output.WriteLine($"as of {at:yyyy-MM-dd}:");
            if (doc.Actors.Count == 0) output.WriteLine("  no actors found");
            foreach (var m in doc.Actors)
            {
                var who = m.Actor is { } a ? $"{a.Code,-12} {a.Name}" : $"{"?",-12} (unresolved)";
                output.WriteLine($"  \"{m.Text}\"  →  {who}");
                output.WriteLine($"      {m.How}");
            }
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static DateOnly ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return DateOnly.FromDateTime(DateTime.UtcNow);
        if (EntenteDate(text, out var d)) return d;
        throw new UsageException($"--date '{text}' is not a date (YYYY-MM-DD)");
    }

    private static bool EntenteDate(string text, out DateOnly date) =>
        Entente.Actors.Dictionaries.EntenteDateParser.TryParse(text.Trim(), end: false, out date);
}
