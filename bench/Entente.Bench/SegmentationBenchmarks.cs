using BenchmarkDotNet.Attributes;
using Entente.Model;
using Entente.Sources;
using Entente.Text;

namespace Entente.Bench;

/// <summary>Sentence splitting and tokenization of one ~600-word article (tokens/s = tokens per op / time per op).</summary>
[MemoryDiagnoser]
public class SegmentationBenchmarks
{
    private Document _template = null!;
    private Entente.Pipeline.IPipe _pipe = null!;

    [GlobalSetup]
    public void Setup()
    {
        _template = new Document(new DocumentMetadata { Id = "bench" }, new SyntheticArticles().Next(0, 600));
        _pipe = TextPipeline.Segmentation()[0];
    }

    [Benchmark]
    public int SegmentArticle()
    {
        var doc = new Document(_template.Meta, _template.Text);
        _pipe.Process(doc);
        return doc.TokenCount;
    }
}
