namespace Entente.Text.Corpora;

/// <summary>A sentence read from CoNLL-U: comments, words, surface tokens and empty nodes.</summary>
public sealed class ConlluSentence
{
    /// <summary>Comment lines without the leading <c>#</c>, in order.</summary>
    public List<string> Comments { get; } = [];
    /// <summary>Syntactic words (integer ids), in order; <c>Words[i].Id == i + 1</c>.</summary>
    public List<ConlluWord> Words { get; } = [];
    /// <summary>Surface tokens, in order, covering every word exactly once.</summary>
    public List<ConlluToken> Tokens { get; } = [];
    /// <summary>Empty-node lines (<c>8.1</c>), kept verbatim so a round trip preserves them.</summary>
    public List<string> EmptyNodeLines { get; } = [];
    /// <summary>Line number in the file of the first line of this sentence (for error messages).</summary>
    public int LineNumber { get; init; }

    /// <summary>The value of the <c># sent_id = ...</c> comment, if any.</summary>
    public string? SentId => Comment("sent_id");

    /// <summary>The value of the <c># text = ...</c> comment, if any.</summary>
    public string? Text => Comment("text");

    /// <summary>Value of a <c># key = value</c> comment, or null.</summary>
    public string? Comment(string key)
    {
        foreach (var c in Comments)
        {
            var t = c.AsSpan().TrimStart();
            if (t.StartsWith(key, StringComparison.Ordinal))
            {
                var rest = t[key.Length..].TrimStart();
                if (rest.Length > 0 && rest[0] == '=') return rest[1..].Trim().ToString();
            }
        }
        return null;
    }

    /// <summary>
    /// The surface text rebuilt from tokens and their SpaceAfter flags, for when no
    /// <c># text</c> comment is present.
    /// </summary>
    public string ReconstructText()
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < Tokens.Count; i++)
        {
            sb.Append(Tokens[i].Form);
            if (i < Tokens.Count - 1 && Tokens[i].SpaceAfter) sb.Append(' ');
        }
        return sb.ToString();
    }
}
