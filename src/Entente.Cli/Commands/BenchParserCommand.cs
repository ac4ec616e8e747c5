using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Entente.Model;
using Entente.Text;
using Entente.Text.Corpora;
using Entente.Text.Parsing;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente bench parser</c>: parser throughput on one thread over tagged treebank sentences
/// (tagging is done once beforehand and not timed), plus the model load time.
/// </summary>
public static class BenchParserCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("parser", "Benchmark the dependency parser: tokens/s on one thread and model load time.");
        var input = new Option<string>("--input") { Description = "CoNLL-U file whose words are parsed (e.g. EWT dev).", Required = true };
        var model = new Option<string?>("--model") { Description = "Parser model file (default: the shipped parser.bin)." };
        var rounds = new Option<int>("--rounds") { Description = "Timed passes over the file.", DefaultValueFactory = _ => 5 };
        cmd.Add(input); cmd.Add(model); cmd.Add(rounds);
        cmd.SetAction(r =>
        {
            var o = r.InvocationConfiguration.Output;
            var path = r.GetValue(input)!;
            if (!File.Exists(path)) throw new UsageException($"no such file: {path}");
            var clock = Stopwatch.StartNew();
            var parser = r.GetValue(model) is { } m ? DependencyParser.Load(m) : DependencyParser.Shipped;
            double loadMs = clock.Elapsed.TotalMilliseconds;
            var sentences = ConlluReader.ReadFile(path).Select(s => s.Words.Select(w => new Token(w.Form, 0, 0)).ToArray()).ToList();
            foreach (var s in sentences) TextModels.Tagger.Tag(s);
            long tokens = sentences.Sum(s => (long)s.Length);
            foreach (var s in sentences) parser.Parse(s); // warm-up (JIT)
            var times = new List<double>();
            var cpuTimes = new List<double>();
            using var self = Process.GetCurrentProcess();
            for (int i = 0; i < Math.Max(1, r.GetValue(rounds)); i++)
            {
                self.Refresh();
                var cpu0 = self.TotalProcessorTime;
                clock.Restart();
                foreach (var s in sentences) parser.Parse(s);
                times.Add(clock.Elapsed.TotalSeconds);
                self.Refresh();
                cpuTimes.Add((self.TotalProcessorTime - cpu0).TotalSeconds);
            }
            cpuTimes.Sort();
            // CPU time is what the parser itself costs when other processes share the cores.
            double cpuMedian = tokens / Math.Max(cpuTimes[cpuTimes.Count / 2], 1e-9);
            times.Sort();
            double best = tokens / times[0], median = tokens / times[times.Count / 2];
            o.WriteLine($"parsed {tokens:N0} tokens x {times.Count} rounds on one thread; model loaded in {loadMs:F0} ms");
            o.WriteLine($"tokens/s (wall): best {best:N0}, median {median:N0}; per CPU second: median {cpuMedian:N0}");
            o.WriteLine(JsonSerializer.Serialize(new { bench = "parser", tokens, tokensPerSecondBest = Math.Round(best), tokensPerSecondMedian = Math.Round(median), tokensPerCpuSecond = Math.Round(cpuMedian), loadMs = Math.Round(loadMs) }));
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
