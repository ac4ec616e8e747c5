using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Entente.Actors;
using Entente.Actors.Dictionaries;
using Entente.Model;
using Entente.Text;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente bench actors</c>: loads the built-in dictionary plus the Phoenix actor and agent dictionaries
/// from ../shared, reports load time and memory, then resolution throughput (tokens/s) over the
/// PETRARCH2 GigaWord sample sentences repeated to the requested size (segmentation not timed).
/// </summary>
public static partial class BenchActorsCommand
{
    private static readonly string[] PhoenixFiles =
        ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt"];

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("actors", "Benchmark loading the Phoenix dictionaries and resolving actors: seconds, MB, tokens/s.");
        var shared = new Option<string?>("--shared") { Description = "The shared data folder (default: ../shared next to the repository)." };
        var tokens = new Option<int>("--tokens") { Description = "Tokens to resolve.", DefaultValueFactory = _ => 2_000_000 };
        var loads = new Option<int>("--loads") { Description = "Load the dictionaries this many times; later loads show the cost without JIT warm-up.", DefaultValueFactory = _ => 1 };
        cmd.Add(shared); cmd.Add(tokens); cmd.Add(loads);
        cmd.SetAction(r =>
        {
            var output = r.InvocationConfiguration.Output;
            var root = r.GetValue(shared) ?? FindShared() ?? throw new UsageException("../shared not found; pass --shared DIR");
            var dictDir = Path.Combine(root, "peers", "petrarch2", "dictionaries");
            var files = PhoenixFiles.Select(f => Path.Combine(dictDir, f)).ToArray();
            foreach (var f in files) if (!File.Exists(f)) throw new UsageException($"'{f}' not found");

            long before = GC.GetTotalMemory(forceFullCollection: true);
            using var self = Process.GetCurrentProcess();
            var cpu0 = self.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var builder = new ActorDictionaryBuilder();
            ActorDictionaryLoader.AddBuiltIn(builder);
            var parts = new List<string> { $"built-in {clock.Elapsed.TotalSeconds:N2} s" };
            foreach (var f in files)
            {
                var t = clock.Elapsed;
                ActorDictionaryLoader.AddFile(builder, f);
                parts.Add($"{Path.GetFileName(f)} {(clock.Elapsed - t).TotalSeconds:N2} s");
            }
            var dictionary = builder.Build();
            clock.Stop();
            for (int i = 1; i < r.GetValue(loads); i++)
            {
                var again = Stopwatch.StartNew();
                var cpuAgain = self.TotalProcessorTime;
                ActorDictionaryLoader.Load(files);
                self.Refresh();
                output.WriteLine($"load {i + 1}: {again.Elapsed.TotalSeconds:N2} s ({(self.TotalProcessorTime - cpuAgain).TotalSeconds:N2} s CPU)");
            }
            output.WriteLine("load: " + string.Join(", ", parts));
            self.Refresh();
            double loadCpu = (self.TotalProcessorTime - cpu0).TotalSeconds;
            long after = GC.GetTotalMemory(forceFullCollection: true);
            self.Refresh();
            double loadSeconds = clock.Elapsed.TotalSeconds, heapMb = (after - before) / 1048576.0;
            output.WriteLine($"loaded built-in + Phoenix: {dictionary.Entries.Count:N0} actors, {dictionary.Agents.Count:N0} agents, " +
                             $"{dictionary.Index.NodeCount:N0} trie nodes, {dictionary.Issues.Count:N0} skipped lines in {loadSeconds:N2} s ({loadCpu:N2} s CPU); " +
                             $"dictionary heap {heapMb:N0} MB, working set {self.WorkingSet64 / 1048576.0:N0} MB");

            var docs = SampleDocuments(root, 1000, out long poolTokens);
            var pipe = new ActorPipe(dictionary);
            foreach (var d in docs.Take(20)) pipe.Process(d); // warm-up
            long tokenCount = 0, mentions = 0;
            self.Refresh();
            var cpu1 = self.TotalProcessorTime;
            clock.Restart();
            while (tokenCount < r.GetValue(tokens))
            {
                // A pool of segmented articles resolved again and again, so memory reflects the dictionary, not the input.
                foreach (var d in docs) { pipe.Process(d); mentions += d.Actors.Count; }
                tokenCount += poolTokens;
            }
            clock.Stop();
            double rate = tokenCount / clock.Elapsed.TotalSeconds;
            self.Refresh();
            double cpuRate = tokenCount / (self.TotalProcessorTime - cpu1).TotalSeconds;
            output.WriteLine($"resolved {tokenCount:N0} tokens ({docs.Count:N0} documents resolved repeatedly, {mentions:N0} mentions) in {clock.Elapsed.TotalSeconds:N2} s: " +
                             $"{rate:N0} tokens/s on one thread ({cpuRate:N0} per CPU second); peak working set {self.PeakWorkingSet64 / 1048576.0:N0} MB");
            output.WriteLine(JsonSerializer.Serialize(new
            {
                bench = "actors", loadSeconds, loadCpuSeconds = loadCpu, heapMb, cpuTokensPerSecond = cpuRate, entries = dictionary.Entries.Count, issues = dictionary.Issues.Count,
                tokens = tokenCount, tokensPerSecond = rate, peakMb = self.PeakWorkingSet64 / 1048576.0,
            }));
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static List<Document> SampleDocuments(string shared, int count, out long tokens)
    {
        var xml = File.ReadAllText(Path.Combine(shared, "peers", "petrarch2", "text", "GigaWord.sample.PETR.xml"));
        var sentences = TextElement().Matches(xml).Select(m => Regex.Replace(m.Groups[1].Value, @"\s+", " ").Trim()).ToArray();
        var segmenter = TextPipeline.Segmentation()[0];
        var docs = new List<Document>();
        tokens = 0;
        for (int i = 0; i < count; i++)
        {
            // Articles of ten sample sentences, dated across 2000–2024 so dated roles are exercised.
            var text = string.Join(" ", Enumerable.Range(0, 10).Select(k => sentences[(i * 10 + k) % sentences.Length]));
            var doc = new Document(new DocumentMetadata { Id = $"s{i}", Published = new DateOnly(2000 + i % 25, 1 + i % 12, 1) }, text);
            segmenter.Process(doc);
            tokens += doc.TokenCount;
            docs.Add(doc);
        }
        return docs;
    }

    private static string? FindShared()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Entente.sln")))
                {
                    var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                    if (Directory.Exists(shared)) return shared;
                }
        return null;
    }

    [GeneratedRegex(@"<Text>(.*?)</Text>", RegexOptions.Singleline)]
    private static partial Regex TextElement();
}
