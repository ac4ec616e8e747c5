using System.CommandLine;
using Entente.Pipeline;
using Entente.Sources;

namespace Entente.Cli.Commands;

/// <summary><c>entente ingest PATH...</c>: reads articles into the store.</summary>
public static class IngestCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("ingest", "Read articles (.txt, .md, .html, .jsonl; folders recursively) into the database.");
        var ingest = new IngestArguments(cmd);
        cmd.SetAction(r =>
        {
            var report = ingest.Run(r);
            return report.Failures.Count > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
        });
        return cmd;
    }
}

/// <summary>The arguments and options every ingesting command takes.</summary>
public sealed class IngestArguments
{
    /// <summary>Input paths.</summary>
    public Argument<string[]> Paths { get; } = new("PATH") { Description = "Files or folders to read.", Arity = ArgumentArity.OneOrMore };
    /// <summary><c>--db</c>.</summary>
    public Option<string> Db { get; } = CommonOptions.Db();
    /// <summary><c>--date</c>.</summary>
    public Option<DateOnly?> Date { get; } = CommonOptions.Date("--date", "Publication date for every document read (overrides the articles' own).");
    /// <summary><c>--source</c>.</summary>
    public Option<string?> Source { get; } = new("--source") { Description = "Publication name for every document read.", HelpName = "NAME" };
    /// <summary><c>--actors</c>.</summary>
    public Option<string[]> Actors { get; } = new("--actors") { Description = "Extra actor dictionary (repeatable).", HelpName = "FILE", AllowMultipleArgumentsPerToken = false };
    /// <summary><c>--verbs</c>.</summary>
    public Option<string[]> Verbs { get; } = new("--verbs") { Description = "Extra verb dictionary (repeatable).", HelpName = "FILE", AllowMultipleArgumentsPerToken = false };

    /// <summary><c>--workers</c>.</summary>
    public Option<int?> Workers { get; } = new("--workers") { Description = "Threads for the text pipeline (default: all cores).", HelpName = "N" };

    /// <summary>Adds the arguments and options to <paramref name="cmd"/>.</summary>
    public IngestArguments(Command cmd)
    {
        cmd.Add(Paths);
        cmd.Add(Db);
        cmd.Add(Date);
        cmd.Add(Source);
        cmd.Add(Actors);
        cmd.Add(Verbs);
        cmd.Add(Workers);
    }

    /// <summary>Runs the ingest described by the parse result.</summary>
    public Store.Ingest.IngestReport Run(ParseResult r)
    {
        var sourceOptions = new SourceOptions { Date = r.GetValue(Date), Source = r.GetValue(Source) };
        var pipelineOptions = new PipelineOptions { ActorFiles = r.GetValue(Actors) ?? [], VerbFiles = r.GetValue(Verbs) ?? [] };
        foreach (var f in pipelineOptions.ActorFiles.Concat(pipelineOptions.VerbFiles))
            if (!File.Exists(f)) throw new UsageException($"no such dictionary file: {f}");
        // Load the actor dictionaries here so skipped lines are reported once, before the ingest starts.
        pipelineOptions = pipelineOptions with { Actors = ActorDictionaryOption.Load(pipelineOptions.ActorFiles, r.InvocationConfiguration.Error) };
        int? workers = r.GetValue(Workers);
        if (workers is < 1) throw new UsageException("--workers must be at least 1");
        return IngestRunner.Run(r.GetValue(Paths)!, r.GetValue(Db)!, sourceOptions, pipelineOptions, workers,
            r.InvocationConfiguration.Output, r.InvocationConfiguration.Error);
    }
}
