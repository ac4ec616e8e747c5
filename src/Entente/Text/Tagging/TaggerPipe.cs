using Entente.Model;
using Entente.Pipeline;

namespace Entente.Text.Tagging;

/// <summary>Sets <see cref="Token.Upos"/> and <see cref="Token.Xpos"/> on every token of a segmented document.</summary>
public sealed class TaggerPipe : IPipe
{
    private readonly PerceptronTagger? _tagger;

    /// <summary>Creates the pipe with the shipped tagger (loaded once per process on first use).</summary>
    public TaggerPipe() { }

    /// <summary>Creates the pipe with a given tagger.</summary>
    public TaggerPipe(PerceptronTagger tagger) => _tagger = tagger;

    /// <inheritdoc/>
    public string Name => "tagger";

    /// <inheritdoc/>
    public void Process(Document document)
    {
        var tagger = _tagger ?? TextModels.Tagger;
        foreach (var s in document.Sentences) tagger.Tag(s.Tokens);
    }
}
