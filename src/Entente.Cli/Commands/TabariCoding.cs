using System.Text.Json;
using Entente.Coding.Dictionaries;
using Entente.Coding.Shallow;
using Entente.Coding.Validation;
using Entente.Model;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente code --tabari PROJECT</c>: codes a text with a TABARI project's dictionaries and options, read the way
/// TABARI reads a sentence (<see cref="ShallowCoder"/>), over our tokenizer and splitter.
/// </summary>
public static class TabariCoding
{
    /// <summary>Codes <paramref name="text"/> and prints how each sentence was read and the events, or jsonl records.</summary>
    public static void Run(string projectPath, string text, DateOnly? date, bool jsonl, TextWriter output, TextWriter error)
    {
        if (!File.Exists(projectPath)) throw new UsageException($"no such TABARI project file: {projectPath}");
        var project = TabariProject.Read(projectPath);
        string Need(string key) => project.PathOf(key) is { } p && File.Exists(p) ? p : throw new UsageException($"{projectPath}: <{key}> names no readable file");
        var lexicon = ShallowLexiconReader.Read(Need("actorsfile"), Need("agentsfile"), Need("verbsfile"));
        foreach (var issue in lexicon.Issues) error.WriteLine($"{issue.File}:{issue.Line}: {issue.Message}");
        var issues = new List<DictionaryIssue>();
        var options = project.PathOf("optionsfile") is { } o && File.Exists(o) ? TabariOptions.Read(Path.GetFileName(o), File.ReadAllText(o), issues) : new TabariOptions();
        var settings = options.Settings.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var kv in options.Commands) settings[kv.Key] = kv.Value;
        var doc = new Document(new DocumentMetadata { Id = "sentence", Published = date }, text);
        new Pipeline.DocumentPipeline(Text.TextPipeline.Segmentation()).Process(doc);
        var result = new ShallowCoder(lexicon).Code(doc.Sentences.Select(s => s.Tokens).ToList(), date, ShallowSettings.From(settings));
        if (jsonl)
        {
            foreach (var e in result.Events)
                output.WriteLine(JsonSerializer.Serialize(new { sentence = e.Sentence, source = e.Source, target = e.Target, code = e.Code, verb = doc.Sentences[e.Sentence].Tokens[e.Trigger].Text, pattern = e.Pattern }));
            return;
        }
        foreach (var line in result.Reading) output.WriteLine($"Read: {line}");
        if (result.Discarded) output.WriteLine("Discarded: a discard code matched.");
        else if (result.Complex) output.WriteLine($"Complex: not coded ({result.Reason}).");
        else if (result.Events.Count == 0) output.WriteLine(result.Reason is null ? "Events: (none)" : $"Events: (none: {result.Reason})");
        else
        {
            output.WriteLine("Events:");
            foreach (var e in result.Events)
                output.WriteLine($"  {e.Source} -> {e.Target}  {e.Code}  verb \"{doc.Sentences[e.Sentence].Tokens[e.Trigger].Text}\"  pattern: {e.Pattern}");
        }
    }
}
