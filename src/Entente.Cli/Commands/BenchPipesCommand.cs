using System.CommandLine;
using System.Diagnostics;
using Entente.Model;
using Entente.Pipeline;
using Entente.Sources;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente bench pipes</c>: one thread, generated articles through the default pipeline, with the
/// time spent in each pipe, so the slowest stage is obvious.
/// </summary>
public static class BenchPipesCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("pipes", "Time each pipe of the default pipeline on one thread over generated articles.");
        var docs = new Option<int>("--docs") { Description = "Number of articles.", DefaultValueFactory = _ => 200 };
        var words = new Option<int>("--words") { Description = "Words per article.", DefaultValueFactory = _ => 600 };
        cmd.Add(docs); cmd.Add(words);
        cmd.SetAction(r =>
        {
            var output = r.InvocationConfiguration.Output;
            var pipeline = DefaultPipeline.Create();
            var gen = new SyntheticArticles();
            var texts = Enumerable.Range(0, r.GetValue(docs)).Select(i => gen.Next(i, r.GetValue(words))).ToList();
            // Warm-up: loads models and dictionaries, JIT-compiles the hot paths.
            foreach (var t in texts.Take(5)) pipeline.Process(new Document(new DocumentMetadata { Id = "w" }, t));
            var spent = new double[pipeline.Pipes.Count];
            long tokens = 0, sentences = 0;
            var clock = new Stopwatch();
            foreach (var t in texts)
            {
                var doc = new Document(new DocumentMetadata { Id = "d", Published = new DateOnly(2025, 3, 4) }, t);
                for (int p = 0; p < pipeline.Pipes.Count; p++)
                {
                    clock.Restart();
                    pipeline.Pipes[p].Process(doc);
                    spent[p] += clock.Elapsed.TotalSeconds;
                }
                tokens += doc.TokenCount;
                sentences += doc.Sentences.Count;
            }
            double total = spent.Sum();
            for (int p = 0; p < spent.Length; p++)
                output.WriteLine($"{pipeline.Pipes[p].Name,-12} {spent[p],8:N2} s  {100 * spent[p] / total,5:N1}%  {tokens / spent[p],12:N0} tokens/s");
            output.WriteLine($"{"total",-12} {total,8:N2} s         {tokens / total,12:N0} tokens/s, {sentences / total:N0} sentences/s (one thread)");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
