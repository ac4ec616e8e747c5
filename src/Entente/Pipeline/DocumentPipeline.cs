using Entente.Model;

namespace Entente.Pipeline;

/// <summary>An ordered list of pipes that a document passes through, one way, like spaCy's <c>nlp</c>.</summary>
public sealed class DocumentPipeline
{
    private readonly IPipe[] _pipes;

    /// <summary>Creates a pipeline from pipes in the order they run.</summary>
    public DocumentPipeline(IEnumerable<IPipe> pipes) => _pipes = pipes.ToArray();

    /// <summary>The pipes in order.</summary>
    public IReadOnlyList<IPipe> Pipes => _pipes;

    /// <summary>Runs every pipe over the document and returns it.</summary>
    public Document Process(Document document)
    {
        foreach (var pipe in _pipes) pipe.Process(document);
        return document;
    }
}
