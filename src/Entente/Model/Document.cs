namespace Entente.Model;

/// <summary>
/// The one object that flows through the pipeline. Source adapters create it with text and
/// metadata; each later stage reads what earlier ones wrote and adds its own annotations.
/// </summary>
public sealed class Document
{
    /// <summary>Id, title, publication and date.</summary>
    public DocumentMetadata Meta { get; set; }

    /// <summary>The article body, normalised to LF line ends. All offsets refer to this string.</summary>
    public string Text { get; }

    /// <summary>Sentences in order, filled by the text stage.</summary>
    public List<Sentence> Sentences { get; } = [];

    /// <summary>The story's opening dateline ("HANOI —"), found by the text stage, or null: a place, not an actor.</summary>
    public CharSpan? Dateline { get; set; }

    /// <summary>Actor references, filled by the actor stage.</summary>
    public List<ActorMention> Actors { get; } = [];

    /// <summary>Coded events, filled by the coding stage.</summary>
    public List<EventMention> Events { get; } = [];

    /// <summary>Temporal expressions resolved against the publication date, filled by the temporal stage.</summary>
    public List<TimeExpression> Times { get; } = [];

    /// <summary>Stated quantities, filled by the amount stage.</summary>
    public List<Amount> Amounts { get; } = [];

    /// <summary>Direct quotations with their speakers, filled by the quotation stage.</summary>
    public List<Quotation> Quotations { get; } = [];
    /// <summary>Treaties, pacts, partnerships and sanctions regimes, filled by the treaty stage.</summary>
    public List<TreatyMention> Treaties { get; } = [];

    /// <summary>Creates a document with its text and metadata.</summary>
    public Document(DocumentMetadata meta, string text)
    {
        Meta = meta;
        Text = text;
    }

    /// <summary>The document id (shortcut for <c>Meta.Id</c>).</summary>
    public string Id => Meta.Id;

    /// <summary>Total number of tokens over all sentences.</summary>
    public int TokenCount
    {
        get
        {
            int n = 0;
            foreach (var s in Sentences) n += s.Tokens.Length;
            return n;
        }
    }
}
