namespace Entente.Model;

/// <summary>What is known about an article apart from its text.</summary>
public sealed record DocumentMetadata
{
    /// <summary>Stable document id: the JSONL <c>id</c> or the path relative to the ingested folder.</summary>
    public required string Id { get; init; }
    /// <summary>Headline, if any.</summary>
    public string? Title { get; init; }
    /// <summary>Publication name, e.g. "The Harbour Times".</summary>
    public string? Publication { get; init; }
    /// <summary>Publication date, if known.</summary>
    public DateOnly? Published { get; init; }
    /// <summary>Original address, if any.</summary>
    public string? Url { get; init; }
    /// <summary>File the article was read from, if any.</summary>
    public string? SourcePath { get; init; }
}
