using Entente.Model;

namespace Entente.Text.Evaluation;

/// <summary>One gold syntactic word placed in its document's text.</summary>
/// <param name="Form">Word form.</param>
/// <param name="Upos">Gold UPOS.</param>
/// <param name="Xpos">Gold XPOS.</param>
/// <param name="Lemma">Gold lemma.</param>
/// <param name="Head">Index of the head word within the document, -1 for a root.</param>
/// <param name="Relation">Gold relation.</param>
/// <param name="Token">Span of the surface token the word belongs to.</param>
public sealed record GoldWord(string Form, string Upos, string Xpos, string Lemma, int Head, string Relation, CharSpan Token);

/// <summary>
/// A gold document rebuilt as raw text from a treebank: sentences of one paragraph are joined by a
/// space, paragraphs by a blank line. Gold sentences, tokens and words carry offsets into the text.
/// </summary>
public sealed class GoldDocument
{
    /// <summary>Document id (from <c># newdoc id</c>).</summary>
    public required string Id { get; init; }
    /// <summary>The raw text.</summary>
    public required string Text { get; init; }
    /// <summary>Gold sentence spans in order.</summary>
    public List<CharSpan> Sentences { get; } = [];
    /// <summary>Gold surface token spans in order.</summary>
    public List<CharSpan> Tokens { get; } = [];
    /// <summary>Gold words in order.</summary>
    public List<GoldWord> Words { get; } = [];
    /// <summary>For each gold sentence, the index of its first word in <see cref="Words"/>.</summary>
    public List<int> SentenceFirstWord { get; } = [];
}
