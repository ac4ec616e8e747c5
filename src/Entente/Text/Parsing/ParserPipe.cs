using Entente.Model;
using Entente.Pipeline;

namespace Entente.Text.Parsing;

/// <summary>
/// Sets <see cref="Token.Head"/> (0-based index in the sentence, -1 for the root word) and
/// <see cref="Token.Relation"/> (UD relation) on every token, reading the text and the tags set by
/// the tagger pipe. Every sentence gets a single-rooted tree.
/// </summary>
public sealed class ParserPipe : IPipe
{
    private readonly DependencyParser? _parser;

    /// <summary>Creates the pipe with the shipped parser (loaded once per process on first use).</summary>
    public ParserPipe() { }

    /// <summary>Creates the pipe with a given parser.</summary>
    public ParserPipe(DependencyParser parser) => _parser = parser;

    /// <inheritdoc/>
    public string Name => "parser";

    /// <inheritdoc/>
    public void Process(Document document)
    {
        var parser = _parser ?? DependencyParser.Shipped;
        foreach (var s in document.Sentences) parser.Parse(s.Tokens);
    }
}
