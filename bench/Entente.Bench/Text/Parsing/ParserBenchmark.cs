using BenchmarkDotNet.Attributes;
using Entente.Model;
using Entente.Text;
using Entente.Text.Corpora;
using Entente.Text.Parsing;

namespace Entente.Bench.Text.Parsing;

/// <summary>
/// Parser throughput on one thread over EWT dev sentences tagged by the shipped tagger (tagging in
/// setup, not timed). Tokens/s = <see cref="Tokens"/> / mean time.
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmark
{
    private List<Token[]> _sentences = [];
    private DependencyParser _parser = null!;

    /// <summary>Number of tokens parsed per invocation.</summary>
    public long Tokens { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Entente.sln"))) dir = dir.Parent;
        var dev = Path.Combine(dir?.FullName ?? ".", "..", "shared", "data", "ud-english-ewt", "en_ewt-ud-dev.conllu");
        _sentences = ConlluReader.ReadFile(dev).Select(s => s.Words.Select(w => new Token(w.Form, 0, 0)).ToArray()).ToList();
        foreach (var s in _sentences) TextModels.Tagger.Tag(s);
        Tokens = _sentences.Sum(s => (long)s.Length);
        _parser = DependencyParser.Shipped;
        Console.WriteLine($"// parser benchmark: {Tokens} tokens per invocation");
    }

    [Benchmark]
    public void ParseDev()
    {
        foreach (var s in _sentences) _parser.Parse(s);
    }
}
