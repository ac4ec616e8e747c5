using Entente.Model;
using Entente.Pipeline;

namespace Entente.Text.Lemmas;

/// <summary>Sets <see cref="Token.Lemma"/> on every token; runs after the tagger (it needs XPOS).</summary>
public sealed class LemmatizerPipe : IPipe
{
    private readonly Lemmatizer? _lemmatizer;

    /// <summary>Creates the pipe with the shipped lemmatizer (loaded once per process on first use).</summary>
    public LemmatizerPipe() { }

    /// <summary>Creates the pipe with a given lemmatizer.</summary>
    public LemmatizerPipe(Lemmatizer lemmatizer) => _lemmatizer = lemmatizer;

    /// <inheritdoc/>
    public string Name => "lemmatizer";

    /// <inheritdoc/>
    public void Process(Document document)
    {
        var lemmatizer = _lemmatizer ?? TextModels.Lemmatizer;
        foreach (var s in document.Sentences) lemmatizer.Lemmatize(s.Tokens);
    }
}
