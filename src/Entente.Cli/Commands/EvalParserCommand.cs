using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Entente.Text.Corpora;
using Entente.Text.Parsing;

namespace Entente.Cli.Commands;

/// <summary><c>entente eval parser</c>: attachment scores and speed on a CoNLL-U treebank (gold tokenisation).</summary>
public static class EvalParserCommand
{
    /// <summary>Creates the <c>parser</c> subcommand (attach it under <c>eval</c>).</summary>
    public static Command Create()
    {
        var test = new Option<string>("--test") { Description = "Treebank to score against (CoNLL-U).", Required = true };
        var model = new Option<string?>("--model") { Description = "Parser model file (default: the shipped parser.bin)." };
        var tags = ParserTagSource.CreateOption();
        var beam = new Option<int?>("--beam") { Description = "Decode with this beam width instead of the model's own." };
        var margin = new Option<float?>("--beam-margin") { Description = "Drop parses scoring more than this below the best at each step." };
        var output = new Option<string?>("--output") { Description = "Also write the predicted trees (with the tags the parser saw) to this CoNLL-U file." };
        var cmd = new Command("parser", "Score the dependency parser: UAS, LAS and tokens/s (last line: JSON).");
        cmd.Add(test); cmd.Add(model); cmd.Add(tags); cmd.Add(beam); cmd.Add(output); cmd.Add(margin);
        cmd.SetAction(r =>
        {
            var o = r.InvocationConfiguration.Output;
            var path = r.GetValue(test)!;
            if (!File.Exists(path)) throw new UsageException($"no such file: {path}");
            var modelPath = r.GetValue(model);
            var loadCpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            var parser = modelPath is null ? DependencyParser.Shipped : DependencyParser.Load(modelPath);
            if (r.GetValue(beam) is not null || r.GetValue(margin) is not null)
                parser = parser.WithBeam(r.GetValue(beam) ?? parser.BeamWidth, r.GetValue(margin));
            var load = sw.Elapsed;
            var loadCpu = Process.GetCurrentProcess().TotalProcessorTime - loadCpu0;
            var sentences = ConlluReader.ReadFile(path).ToList();
            var (_, tagger) = ParserTagSource.Resolve(r.GetValue(tags)!, null, o);
            // One untimed warm-up pass so the JIT does not count against throughput.
            ParserEvaluator.Evaluate(parser, sentences.Take(200).ToList(), tagger);
            using var predictions = r.GetValue(output) is { } outPath ? new StreamWriter(outPath) : null;
            var (score, time, cpu) = ParserEvaluator.EvaluateTimed(parser, sentences, tagger,
                predictions is null ? null : (s, upos, xpos, heads, rels) => WritePrediction(predictions, s, upos, xpos, heads.Span, rels.Span));
            double speed = score.Words / time.TotalSeconds, cpuSpeed = score.Words / Math.Max(cpu.TotalSeconds, 1e-9);
            o.WriteLine($"model: {modelPath ?? DependencyParser.ShippedFileName} (loaded in {load.TotalMilliseconds:F0} ms wall, {loadCpu.TotalMilliseconds:F0} ms CPU); tags: {tagger.Name}");
            o.WriteLine($"tokens: {score.Words}");
            o.WriteLine($"UAS: {score.Uas:F2}");
            o.WriteLine($"LAS: {score.Las:F2} (without subtypes: {score.BaseLas:F2})");
            o.WriteLine($"tokens/s: {speed:F0} wall, {cpuSpeed:F0} per CPU second (parser only, one thread)");
            o.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["tokens"] = score.Words,
                ["uas"] = Math.Round(score.Uas, 2),
                ["las"] = Math.Round(score.Las, 2),
                ["las_base"] = Math.Round(score.BaseLas, 2),
                ["tokens_per_s"] = Math.Round(speed),
                ["tokens_per_cpu_s"] = Math.Round(cpuSpeed),
                ["load_ms"] = Math.Round(load.TotalMilliseconds),
                ["load_cpu_ms"] = Math.Round(loadCpu.TotalMilliseconds),
                ["tags"] = tagger.Name,
            }));
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static void WritePrediction(TextWriter w, ConlluSentence s, string[] upos, string[] xpos, ReadOnlySpan<int> heads, ReadOnlySpan<string> rels)
    {
        var p = new ConlluSentence { LineNumber = s.LineNumber };
        p.Comments.AddRange(s.Comments);
        for (int i = 0; i < s.Words.Count; i++)
            p.Words.Add(s.Words[i] with { Upos = upos[i], Xpos = xpos[i], Head = heads[i] + 1, Relation = rels[i], Deps = "_" });
        ConlluWriter.Write(w, p);
    }
}
