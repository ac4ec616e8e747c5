using System.CommandLine;
using System.Text.Json;
using Entente.Coding.Ontology;
using Entente.Model;
using Entente.Pipeline;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente code "SENTENCE"</c>: runs the text pipeline on one sentence (or a short text) and shows the parse,
/// the actors, each event and the dictionary pattern that produced it; <c>--format jsonl</c> prints event records.
/// </summary>
public static class CodeCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("code", "Code the events of a sentence and explain them (parse, actors, events, patterns).");
        var text = new Argument<string>("SENTENCE") { Description = "The sentence (or a short text) to code." };
        var date = CommonOptions.Date("--date", "Date of the story, for dated actor codes and the event date.");
        var format = new Option<string>("--format", "-f") { Description = "text (default) or jsonl (one event record a line).", DefaultValueFactory = _ => "text", HelpName = "text|jsonl" };
        var verbs = new Option<string[]>("--verbs") { Description = "Extra verb dictionary, TABARI or PETRARCH format (repeatable).", HelpName = "FILE", AllowMultipleArgumentsPerToken = false };
        var actors = new Option<string[]>("--actors") { Description = "Extra actor dictionary (repeatable).", HelpName = "FILE", AllowMultipleArgumentsPerToken = false };
        var tabari = new Option<string?>("--tabari") { Description = "Code with a TABARI project's dictionaries and options, read TABARI's way (shows how each sentence was read).", HelpName = "PROJECT" };
        cmd.Add(text);
        cmd.Add(tabari);
        cmd.Add(date);
        cmd.Add(format);
        cmd.Add(verbs);
        cmd.Add(actors);
        cmd.SetAction(r =>
        {
            var fmt = r.GetValue(format)!;
            if (fmt is not ("text" or "jsonl")) throw new UsageException($"--format: '{fmt}' is not text or jsonl");
            if (r.GetValue(tabari) is { } project)
            {
                TabariCoding.Run(project, r.GetValue(text)!, r.GetValue(date), fmt == "jsonl", r.InvocationConfiguration.Output, r.InvocationConfiguration.Error);
                return ExitCodes.Ok;
            }
            var options = new PipelineOptions { VerbFiles = r.GetValue(verbs) ?? [], ActorFiles = r.GetValue(actors) ?? [] };
            foreach (var f in options.VerbFiles.Concat(options.ActorFiles))
                if (!File.Exists(f)) throw new UsageException($"no such dictionary file: {f}");
            var doc = new Document(new DocumentMetadata { Id = "sentence", Published = r.GetValue(date) }, r.GetValue(text)!);
            CodingPipeline.Create(options).Process(doc);
            var output = r.InvocationConfiguration.Output;
            if (fmt == "jsonl") foreach (var e in doc.Events) output.WriteLine(ToJson(e));
            else Explain(doc, output);
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static void Explain(Document doc, TextWriter output)
    {
        var ontology = CameoOntology.Default;
        foreach (var s in doc.Sentences)
        {
            output.WriteLine($"Sentence {s.Index}: {s.Text}");
            bool parsed = s.Tokens.Any(t => t.Relation is not null);
            output.WriteLine(parsed ? "Parse:" : "Parse: (no dependency parser in this build: tokens only)");
            for (int i = 0; i < s.Tokens.Length; i++)
            {
                var t = s.Tokens[i];
                output.WriteLine($"  {i + 1,3} {t.Text,-16} {t.Lemma ?? "_",-14} {t.Upos ?? "_",-6} {(t.Head < 0 ? 0 : t.Head + 1),3} {t.Relation ?? "_"}");
            }
            var actors = doc.Actors.Where(a => a.Sentence == s.Index).ToList();
            output.WriteLine(actors.Count == 0 ? "Actors: (none)" : "Actors:");
            foreach (var a in actors)
                output.WriteLine($"  {a.Text} [{a.Actor?.Code.Value ?? "unresolved"}] tokens {a.FirstToken + 1}-{a.FirstToken + a.TokenCount} ({a.How})");
            var events = doc.Events.Where(e => e.Sentence == s.Index).ToList();
            output.WriteLine(events.Count == 0 ? "Events: (none)" : "Events:");
            foreach (var e in events)
            {
                output.WriteLine($"  {e.Actor1?.Code.Value ?? "---"} -> {e.Actor2?.Code.Value ?? "---"}  {e.Cameo.Value} {ontology.Name(e.Cameo)}"
                    + $"  Goldstein {e.Goldstein:0.0}, quad {e.Cameo.QuadClass}, PLOVER {e.Plover?.Type ?? "-"}{(e.Plover?.Mode is { } m ? "/" + m : "")}, {e.Modality.ToString().ToLowerInvariant()}"
                    + (e.Speaker is { } sp ? $" (reported by {sp.Code.Value})" : ""));
                output.WriteLine($"      words: \"{doc.Text[e.Span.Start..e.Span.End]}\"  pattern: {e.Pattern}");
            }
        }
    }

    /// <summary>One event record as a JSON object.</summary>
    public static string ToJson(EventMention e) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["id"] = e.Id,
        ["sentence"] = e.Sentence,
        ["source"] = e.Actor1?.Code.Value,
        ["source_text"] = e.Actor1?.Text,
        ["target"] = e.Actor2?.Code.Value,
        ["target_text"] = e.Actor2?.Text,
        ["cameo"] = e.Cameo.Value,
        ["name"] = CameoOntology.Default.Name(e.Cameo),
        ["goldstein"] = e.Goldstein,
        ["quad_class"] = e.Cameo.QuadClass,
        ["plover_type"] = e.Plover?.Type,
        ["plover_mode"] = e.Plover?.Mode,
        ["modality"] = e.Modality.ToString().ToLowerInvariant(),
        ["speaker"] = e.Speaker?.Code.Value,
        ["confidence"] = e.Confidence,
        ["date"] = e.Date.ToIsoString(),
        ["date_precision"] = e.Date.PrecisionName,
        ["span"] = new[] { e.Span.Start, e.Span.End },
        ["pattern"] = e.Pattern,
    });
}
