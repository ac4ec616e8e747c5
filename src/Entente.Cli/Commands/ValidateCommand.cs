using System.CommandLine;
using System.Text.RegularExpressions;
using Entente.Coding.Dictionaries;
using Entente.Coding.Engine;
using Entente.Coding.Shallow;
using Entente.Coding.Validation;
using Entente.Model;
using Entente.Pipeline;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente validate tabari|petrarch FILE</c>: runs a peer's own validation suite with the dictionaries it names,
/// prints each record's expected and found events, and ends with one JSON line of totals.
/// </summary>
public static partial class ValidateCommand
{
    /// <summary>Creates the command with its two suites.</summary>
    public static Command Create()
    {
        var cmd = new Command("validate", "Run a peer coder's validation suite (TABARI, PETRARCH2) with its own dictionaries.");
        cmd.Add(Tabari());
        cmd.Add(Petrarch());
        return cmd;
    }

    private static Command Petrarch()
    {
        var cmd = new Command("petrarch", "PETRARCH2 unit-test records (PETR.UnitTest.records.xml) with the PETR.Validate.* dictionaries.");
        var file = new Argument<string>("FILE") { Description = "The records file." };
        var parse = new Option<string>("--parse") { Description = "given: the Penn Treebank parse in each record; ours: our own parse of the raw text.", DefaultValueFactory = _ => "given", HelpName = "given|ours" };
        var dicts = new Option<string?>("--dictionaries") { Description = "Folder of the PETR.Validate.* files (default: next to FILE or in ../dictionaries).", HelpName = "DIR" };
        var failuresOnly = new Option<bool>("--failures") { Description = "Print only records that did not pass." };
        cmd.Add(file); cmd.Add(parse); cmd.Add(dicts); cmd.Add(failuresOnly);
        cmd.SetAction(r =>
        {
            var path = r.GetValue(file)!;
            if (!File.Exists(path)) throw new UsageException($"no such file: {path}");
            var mode = r.GetValue(parse)!;
            if (mode is not ("given" or "ours")) throw new UsageException($"--parse: '{mode}' is not given or ours");
            var env = File.ReadAllText(path);
            string Named(string element, string fallback) => EnvironmentFile(env, element) ?? fallback;
            var dir = r.GetValue(dicts) ?? FindFolder(path, Named("Verbfile", "PETR.Validate.verbs.txt"));
            var verbs = VerbDictionaryLoader.Load(Path.Combine(dir, Named("Verbfile", "PETR.Validate.verbs.txt")));
            var actors = new ValidationActors(stems: false);
            actors.ReadActors("actors", File.ReadAllText(Path.Combine(dir, Named("Actorfile", "PETR.Validate.actors.txt"))));
            actors.ReadAgents("agents", File.ReadAllText(Path.Combine(dir, Named("Agentfile", "PETR.Validate.agents.txt"))));
            var discards = Path.Combine(dir, Named("Discardfile", "PETR.Validate.discards.txt"));
            if (File.Exists(discards)) actors.ReadDiscards("discards", File.ReadAllText(discards));
            var runner = new SuiteRunner(new EventCoder([verbs], new EventCoderOptions { RequireTarget = true }), actors);
            var raw = mode == "ours" ? RawParser() : null;
            var outcomes = new List<RecordOutcome>();
            foreach (var record in PetrarchSuiteReader.Read(path))
            {
                RecordOutcome o;
                if (mode == "given")
                {
                    Token[]? tokens = null;
                    try { tokens = PennDependencyConverter.Convert(PennTree.Parse(record.Parse ?? "")); }
                    catch (FormatException) { }
                    o = runner.Run(record, tokens is null ? null : [tokens], "unreadable parse");
                }
                else o = RunRaw(runner, record, raw!);
                outcomes.Add(o);
                Print(r.InvocationConfiguration.Output, o, r.GetValue(failuresOnly));
            }
            r.InvocationConfiguration.Output.WriteLine(SuiteSummary.Of("petrarch", outcomes).ToJson());
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static Command Tabari()
    {
        var cmd = new Command("tabari", "TABARI's validation suite (Validate.text) with the dictionaries its project file names, coded from raw text.");
        var file = new Argument<string>("FILE") { Description = "Validate.text, or the project file (Validate.project)." };
        var failuresOnly = new Option<bool>("--failures") { Description = "Print only records that did not pass." };
        var engine = new Option<string>("--engine") { Description = "shallow: TABARI's reading of the sentence over our tokens (default); dependency: our dependency-parse coder.", DefaultValueFactory = _ => "shallow", HelpName = "shallow|dependency" };
        cmd.Add(file); cmd.Add(failuresOnly); cmd.Add(engine);
        cmd.SetAction(r =>
        {
            var path = r.GetValue(file)!;
            if (!File.Exists(path)) throw new UsageException($"no such file: {path}");
            var mode = r.GetValue(engine)!;
            if (mode is not ("shallow" or "dependency")) throw new UsageException($"--engine: '{mode}' is not shallow or dependency");
            var projectPath = path.EndsWith(".project", StringComparison.OrdinalIgnoreCase) ? path
                : Directory.GetFiles(Path.GetDirectoryName(Path.GetFullPath(path))!, "*.project").FirstOrDefault()
                  ?? throw new UsageException($"no TABARI project file next to {path}");
            var project = TabariProject.Read(projectPath);
            string Need(string key) => project.PathOf(key) is { } p && File.Exists(p) ? p : throw new UsageException($"{projectPath}: <{key}> names no readable file");
            var issues = new List<DictionaryIssue>();
            var options = TabariOptions.Read(Path.GetFileName(Need("optionsfile")), File.ReadAllText(Need("optionsfile")), issues);
            var textFile = path.EndsWith(".project", StringComparison.OrdinalIgnoreCase) ? Need("textfile") : path;
            var raw = RawParser();
            var outcomes = new List<RecordOutcome>();
            var output = r.InvocationConfiguration.Output;
            if (mode == "shallow")
            {
                var lexicon = ShallowLexiconReader.Read(Need("actorsfile"), Need("agentsfile"), Need("verbsfile"));
                foreach (var issue in lexicon.Issues) r.InvocationConfiguration.Error.WriteLine($"{issue.File}:{issue.Line}: {issue.Message}");
                var runner = new ShallowSuiteRunner(new ShallowCoder(lexicon)) { Explain = r.GetValue(failuresOnly) };
                foreach (var record in TabariSuiteReader.Read(textFile, options))
                {
                    var o = runner.Run(record, Sentences(record, raw));
                    outcomes.Add(o);
                    Print(output, o, r.GetValue(failuresOnly));
                }
            }
            else
            {
                var verbs = TabariVerbReader.ReadFile(Need("verbsfile"));
                var actors = new ValidationActors(stems: true);
                actors.ReadActors(Path.GetFileName(Need("actorsfile")), File.ReadAllText(Need("actorsfile"), System.Text.Encoding.Latin1));
                actors.ReadAgents(Path.GetFileName(Need("agentsfile")), File.ReadAllText(Need("agentsfile"), System.Text.Encoding.Latin1));
                // TABARI's dictionaries are written for its shallow reading of the sentence
                var runner = new SuiteRunner(new EventCoder([verbs], new EventCoderOptions { RequireTarget = true, Shallow = true }), actors);
                foreach (var record in TabariSuiteReader.Read(textFile, options))
                {
                    var o = RunRaw(runner, record, raw);
                    outcomes.Add(o);
                    Print(output, o, r.GetValue(failuresOnly));
                }
            }
            output.WriteLine(SuiteSummary.Of("tabari", outcomes).ToJson());
            return ExitCodes.Ok;
        });
        return cmd;
    }

    // The record's text through our text stages, as tokens per sentence.
    private static List<Token[]> Sentences(ValidationRecord record, DocumentPipeline pipeline)
    {
        var doc = new Document(new DocumentMetadata { Id = record.Id, Published = record.Date }, record.Text);
        pipeline.Process(doc);
        return doc.Sentences.Select(s => s.Tokens).Where(t => t.Length > 0).ToList();
    }

    // Our own text stages (everything of the default pipeline before actors and events).
    private static DocumentPipeline RawParser() => CodingPipeline.Create(new PipelineOptions(), coding: false);

    private static RecordOutcome RunRaw(SuiteRunner runner, ValidationRecord record, DocumentPipeline pipeline)
    {
        var doc = new Document(new DocumentMetadata { Id = record.Id, Published = record.Date }, record.Text);
        pipeline.Process(doc);
        var sentences = doc.Sentences.Select(s => s.Tokens).Where(t => t.Length > 0).ToList();
        bool parsed = sentences.Any(t => t.Any(x => x.Relation is not null));
        return runner.Run(record, parsed ? sentences : null, "no dependency parser in this build");
    }

    private static void Print(TextWriter output, RecordOutcome o, bool failuresOnly)
    {
        if (failuresOnly && (o.Passed || o.Skipped is not null)) return;
        var verdict = o.Skipped is not null ? $"SKIP ({o.Skipped})" : o.Passed ? "PASS" : "FAIL";
        output.WriteLine($"{o.Record.Id}\t{verdict}\texpected: {o.ExpectedText}\tfound: {o.FoundText}");
    }

    [GeneratedRegex(@"<(\w+)>\s*([^<\s]+)\s*</\1>")]
    private static partial Regex EnvironmentEntry();

    private static string? EnvironmentFile(string xml, string element)
    {
        foreach (Match m in EnvironmentEntry().Matches(xml))
            if (m.Groups[1].Value == element) return m.Groups[2].Value;
        return null;
    }

    private static string FindFolder(string recordsFile, string verbsName)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(recordsFile))!;
        foreach (var candidate in (string[])[dir, Path.Combine(dir, "..", "dictionaries"), Path.Combine(dir, "dictionaries")])
            if (File.Exists(Path.Combine(candidate, verbsName))) return candidate;
        throw new UsageException($"cannot find {verbsName} next to {recordsFile}; use --dictionaries DIR");
    }
}
