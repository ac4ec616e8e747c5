namespace Entente.Text.Corpora;

/// <summary>A sentence of an IOB2 named-entity corpus (UNER): tokens with their entity tags.</summary>
public sealed class Iob2Sentence
{
    /// <summary>Comment lines without the leading <c>#</c> (e.g. <c> sent_id = ...</c>, <c> text = ...</c>).</summary>
    public List<string> Comments { get; } = [];
    /// <summary>Token forms in order.</summary>
    public List<string> Tokens { get; } = [];
    /// <summary>IOB2 tags (<c>O</c>, <c>B-PER</c>, <c>I-PER</c>, ...) parallel to <see cref="Tokens"/>.</summary>
    public List<string> Tags { get; } = [];
    /// <summary>Annotation columns after the tag (e.g. <c>-</c> and the annotator), kept for a round trip.</summary>
    public List<string?> Extra { get; } = [];
    /// <summary>Line number of the sentence's first line.</summary>
    public int LineNumber { get; init; }

    /// <summary>The value of the <c># text = ...</c> comment, if any.</summary>
    public string? Text => CommentValue("text");

    /// <summary>The value of the <c># sent_id = ...</c> comment, if any.</summary>
    public string? SentId => CommentValue("sent_id");

    private string? CommentValue(string key)
    {
        foreach (var c in Comments)
        {
            var t = c.AsSpan().TrimStart();
            if (!t.StartsWith(key, StringComparison.Ordinal)) continue;
            var rest = t[key.Length..].TrimStart();
            if (rest.Length > 0 && rest[0] == '=') return rest[1..].Trim().ToString();
        }
        return null;
    }
}
