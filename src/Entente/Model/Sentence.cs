namespace Entente.Model;

/// <summary>A sentence of a document: its span and its tokens.</summary>
public sealed class Sentence
{
    /// <summary>Position of the sentence in its document, from 0.</summary>
    public int Index { get; }

    /// <summary>Character span of the sentence in the document text.</summary>
    public CharSpan Span { get; }

    /// <summary>The sentence text (a copy of the document text over <see cref="Span"/>).</summary>
    public string Text { get; }

    /// <summary>Tokens in order; annotated in place by later stages.</summary>
    public Token[] Tokens { get; set; } = [];

    /// <summary>Named and numeric entities found in this sentence, in order.</summary>
    public List<EntityMention> Entities { get; } = [];

    /// <summary>Creates a sentence over a span of <paramref name="documentText"/>.</summary>
    public Sentence(int index, CharSpan span, string documentText)
    {
        Index = index;
        Span = span;
        Text = documentText.Substring(span.Start, span.Length);
    }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
