namespace Entente.Model;

/// <summary>
/// One token of a sentence with its annotations. A mutable struct stored in arrays so that the
/// tagger and parser can annotate in place without allocating per token.
/// </summary>
public struct Token
{
    /// <summary>First character offset in the document text.</summary>
    public int Start;
    /// <summary>Offset one past the last character in the document text.</summary>
    public int End;
    /// <summary>The token's form. May differ from the document text for normalised forms.</summary>
    public string Text;
    /// <summary>Universal POS tag, or null before tagging.</summary>
    public string? Upos;
    /// <summary>Penn Treebank POS tag, or null before tagging.</summary>
    public string? Xpos;
    /// <summary>Lemma, or null before lemmatisation.</summary>
    public string? Lemma;
    /// <summary>Index of the head token within the sentence, -1 for the root or before parsing.</summary>
    public int Head;
    /// <summary>Universal Dependencies relation to the head, or null before parsing.</summary>
    public string? Relation;
    /// <summary>IOB2 entity tag (e.g. <c>B-PER</c>), or null before NER.</summary>
    public string? EntityTag;
    /// <summary>
    /// Span of the surface (orthographic) token this word belongs to. Equal to <see cref="Span"/> for
    /// a plain token; wider for the syntactic words of a multiword token, which share it: "Russia's"
    /// gives "Russia" [0, 6) and "'s" [6, 8), both with surface [0, 8).
    /// </summary>
    public CharSpan Surface;

    /// <summary>Creates an unannotated token that is its own surface token.</summary>
    public Token(string text, int start, int end) : this(text, start, end, new CharSpan(start, end)) { }

    /// <summary>Creates an unannotated word of the surface token <paramref name="surface"/>.</summary>
    public Token(string text, int start, int end, CharSpan surface)
    {
        Text = text;
        Start = start;
        End = end;
        Surface = surface;
        Head = -1;
    }

    /// <summary>The token's character span in the document.</summary>
    public readonly CharSpan Span => new(Start, End);

    /// <summary>True when the token is one syntactic word of a multiword surface token.</summary>
    public readonly bool InMultiword => Surface != new CharSpan(Start, End);

    /// <summary>True when this word and <paramref name="other"/> belong to the same surface token.</summary>
    public readonly bool SameSurface(in Token other) => Surface == other.Surface;

    /// <inheritdoc/>
    public override readonly string ToString() => Text;
}
